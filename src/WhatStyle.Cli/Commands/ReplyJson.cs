using WhatStyle.Agent.Replies;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Cli.Commands;

/// <summary>What <c>whatstyle reply --json</c> writes: exactly these keys, in this order; add keys, never rename one.</summary>
/// <param name="Text">The reply.</param>
/// <param name="Sticker">The sticker sent with it, if any.</param>
/// <param name="Provider">Who wrote it: a provider's name, or "offline".</param>
/// <param name="Fallback">True when a provider failed and a later one (or the offline responder) answered.</param>
/// <param name="FallbackReason">Why it fell back, or null.</param>
/// <param name="LlmCalls">Calls made to a model that answered.</param>
/// <param name="ToolCalls">Tool calls made while writing it.</param>
/// <param name="LatencyMs">How long it took.</param>
/// <param name="ContactId">The contact the message came from.</param>
/// <param name="ContactCreated">True when the contact was new and was created (in a dry run: would be).</param>
/// <param name="Queued">True when the reply was queued to be written again once a provider is back.</param>
/// <param name="DryRun">True when nothing was saved.</param>
/// <param name="Tone">The tone reading of the incoming message.</param>
internal sealed record ReplyJson(
    string Text,
    ReplySticker? Sticker,
    string Provider,
    bool Fallback,
    string? FallbackReason,
    int LlmCalls,
    int ToolCalls,
    long LatencyMs,
    string? ContactId,
    bool ContactCreated,
    bool Queued,
    bool DryRun,
    ToneAnalysis? Tone);
