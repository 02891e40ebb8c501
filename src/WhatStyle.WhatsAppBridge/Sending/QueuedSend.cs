namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>What <see cref="SendPolicy"/> needs to know of a queued message, whatever the channel stores.</summary>
/// <param name="Attempts">Attempts spent so far, this one included (outages and pacing spend none).</param>
/// <param name="RecipientRateHits">Consecutive recipient rate-limit answers before this one.</param>
/// <param name="QueuedAt">When the reply was queued: it is sent up to <c>Bridge:MaxMessageAge</c> after that, never later.</param>
internal readonly record struct QueuedSend(int Attempts, int RecipientRateHits, DateTimeOffset QueuedAt);
