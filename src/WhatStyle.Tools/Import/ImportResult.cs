using WhatStyle.Tools.Contacts;

namespace WhatStyle.Tools.Import;

/// <summary>What an import did.</summary>
/// <param name="File">The file imported.</param>
/// <param name="Messages">Messages read from the file.</param>
/// <param name="NewMessages">Messages that were not stored before (0 when the same file is imported again).</param>
/// <param name="OwnerMessages">Messages written by the owner.</param>
/// <param name="Contacts">The contacts the chat is with (display names).</param>
/// <param name="Group">The group's name for a group chat, else null.</param>
/// <param name="SystemLines">System lines skipped.</param>
/// <param name="Media">Media messages (stored as placeholders).</param>
/// <param name="Deleted">Deleted-message markers.</param>
/// <param name="Edited">Messages marked as edited.</param>
/// <param name="DayFirst">Whether dates were read day-first.</param>
/// <param name="Unreadable">Lines that could not be read, with their numbers.</param>
/// <param name="Warnings">Things the user should know (options that did not apply, …).</param>
public sealed record ImportResult(
    string File,
    int Messages,
    int NewMessages,
    int OwnerMessages,
    IReadOnlyList<string> Contacts,
    string? Group,
    int SystemLines,
    int Media,
    int Deleted,
    int Edited,
    bool DayFirst,
    IReadOnlyList<UnreadableLine> Unreadable,
    IReadOnlyList<string> Warnings)
{
    /// <summary>For a one-to-one chat: the contact's relationship after the import, or null when none is set.</summary>
    public Relationship? Relationship { get; init; }

    /// <summary>For a one-to-one chat: where <see cref="Relationship"/> came from ("as given", "suggested from …").</summary>
    public string? RelationshipSource { get; init; }
}
