using WhatStyle.Tools.Memory;

namespace WhatStyle.Dashboard.Data;

/// <summary>One line of a conversation's timeline: a message with its tone, or a sticker sent.</summary>
/// <param name="At">When it was written or sent.</param>
/// <param name="Direction">From the contact or from the owner's side.</param>
/// <param name="Text">The message text (untrusted: always shown encoded); empty for a sticker.</param>
/// <param name="Tone">The tone reading of an incoming message; null for outgoing ones.</param>
/// <param name="Author">Who wrote it: the sender's name, "you" or "WhatStyle".</param>
/// <param name="StickerId">The sticker sent, shown as its image; null for a text.</param>
public sealed record TimelineEntry(DateTimeOffset At, MessageDirection Direction, string Text, ToneBadge? Tone, string Author, string? StickerId = null);
