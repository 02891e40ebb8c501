namespace WhatStyle.Tools.Contacts.Groups;

/// <summary>A group chat and its members (contact ids).</summary>
/// <param name="Id">Stable id, starting with <see cref="Memory.ConversationKeys.GroupIdPrefix"/>.</param>
/// <param name="Name">The group's name (subject).</param>
/// <param name="MemberIds">Ids of the member contacts (the owner is not a contact).</param>
public sealed record Group(string Id, string Name, IReadOnlyList<string> MemberIds);
