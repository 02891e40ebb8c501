namespace WhatStyle.Agent.Replies.PostProcessing;

/// <summary>A cleaned reply, or why the draft cannot be sent (then the offline reply is used).</summary>
/// <param name="Text">The reply to send, when accepted.</param>
/// <param name="RejectedBecause">Why the draft was rejected: empty, unsafe, refusal, wrong language, the other "you" (tu for vous).</param>
/// <param name="Changes">What was changed on the way (for logs and the demo), e.g. "dropped assistant tell".</param>
public sealed record PostProcessResult(string? Text, string? RejectedBecause, IReadOnlyList<string> Changes)
{
    public bool Accepted => Text is not null;

    public static PostProcessResult Reject(string reason, IReadOnlyList<string> changes) => new(null, reason, changes);
}
