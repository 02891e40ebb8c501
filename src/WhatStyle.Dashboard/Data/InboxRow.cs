using WhatStyle.Tools.Memory;

namespace WhatStyle.Dashboard.Data;

/// <summary>One conversation in the inbox.</summary>
/// <param name="Key">The conversation key (<see cref="ConversationKeys"/>): the address of its page.</param>
/// <param name="Title">The contact's or group's name.</param>
/// <param name="ContactId">The contact of a one-to-one chat, else null.</param>
/// <param name="IsGroup">A group chat.</param>
/// <param name="Status">What it needs from the owner.</param>
/// <param name="LastMessage">Its newest message, or null when only a draft is known.</param>
/// <param name="LastTone">The tone of <paramref name="LastMessage"/>.</param>
/// <param name="AnsweredBy">Who answered last: "you", "WhatStyle (mistral)", "the offline responder", "WhatStyle" (writer not logged), "draft by mistral", "nobody yet".</param>
/// <param name="PendingDrafts">Drafts waiting for approval.</param>
public sealed record InboxRow(
    string Key, string Title, string? ContactId, bool IsGroup, InboxStatus Status, ConversationMessage? LastMessage, ToneBadge? LastTone,
    string AnsweredBy, int PendingDrafts)
{
    /// <summary>When the conversation last moved, for the order within one status.</summary>
    public DateTimeOffset LastAt { get; init; }
}
