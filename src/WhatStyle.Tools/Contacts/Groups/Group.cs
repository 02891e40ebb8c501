namespace WhatStyle.Tools.Contacts.Groups;

/// <summary>A group chat and its members (contact ids).</summary>
/// <param name="Id">Stable id, starting with <see cref="Memory.ConversationKeys.GroupIdPrefix"/>.</param>
/// <param name="Name">The group's name (subject).</param>
/// <param name="MemberIds">Ids of the member contacts (the owner is not a contact).</param>
public sealed record Group(string Id, string Name, IReadOnlyList<string> MemberIds)
{
    /// <summary>
    /// The group's name as shown (<see cref="DisplayNameNormalizer"/>, applied as every group is made or read, like a
    /// contact's name); <see cref="Id"/> when nothing visible is left.
    /// </summary>
    public string Name
    {
        get;
        init => field = Shown(value, Id);
    } = Shown(Name, Id);

    private static string Shown(string? name, string id) => DisplayNameNormalizer.Normalize(name) is { Length: > 0 } clean ? clean : id;
}
