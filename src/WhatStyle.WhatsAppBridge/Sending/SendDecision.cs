namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>What to do after a failed send.</summary>
internal enum SendDecision
{
    /// <summary>Transient (throughput, 5xx, network): retry with capped exponential backoff.</summary>
    RetryWithBackoff,

    /// <summary>131056 pair rate limit: wait unit × 4^n for this recipient only, then retry.</summary>
    RecipientBackoff,

    /// <summary>Permanent (131047 window closed, 131026, 100-class parameters): record and dead-letter at once.</summary>
    GiveUp,

    /// <summary>190 token expired: stop all sending until the token is replaced; the health endpoint reports it.</summary>
    StopSending,
}
