using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Takeovers;

namespace WhatStyle.Dashboard.Data;

/// <summary>Everything the conversation page shows.</summary>
/// <param name="Key">The conversation key.</param>
/// <param name="Title">The contact's or group's name.</param>
/// <param name="ContactId">The contact of a one-to-one chat (takeover and settings apply), else null.</param>
/// <param name="IsGroup">A group chat.</param>
/// <param name="Mode">The contact's reply mode as the owner set it; null: the bridge's default.</param>
/// <param name="Takeover">Set while the owner has taken the chat over.</param>
/// <param name="Timeline">Messages and stickers, oldest first.</param>
/// <param name="Pending">Drafts waiting for a decision, oldest first.</param>
/// <param name="Rejected">Drafts the owner rejected, newest first: kept as examples of what not to say.</param>
public sealed record ConversationView(
    string Key, string Title, string? ContactId, bool IsGroup, ReplyMode? Mode, Takeover? Takeover,
    IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<Draft> Pending, IReadOnlyList<Draft> Rejected);
