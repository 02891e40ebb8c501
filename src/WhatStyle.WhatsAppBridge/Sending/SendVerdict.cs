namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>What to do with an item after a failed send (see <see cref="SendPolicy"/>).</summary>
/// <param name="Action">Retry, dead-letter, or stop all sending.</param>
/// <param name="RetryAt">When to try the item again (for <see cref="SendAction.Retry"/>).</param>
/// <param name="SpendsAttempt">False for outages and recipient pacing: the message is not at fault.</param>
/// <param name="RecipientRateHit">True for a recipient's rate limit (the next wait grows 4×).</param>
/// <param name="PauseChannelUntil">Every send on the channel waits until then (an outage or a throttle).</param>
/// <param name="Reason">The stored reason (dead letters say why, e.g. that the outage outlasted the message's age).</param>
internal sealed record SendVerdict(
    SendAction Action,
    DateTimeOffset RetryAt,
    bool SpendsAttempt,
    bool RecipientRateHit,
    DateTimeOffset? PauseChannelUntil,
    string Reason);

/// <summary>The three outcomes of <see cref="SendPolicy.Decide"/>.</summary>
internal enum SendAction
{
    Retry,
    DeadLetter,
    StopSending,
}
