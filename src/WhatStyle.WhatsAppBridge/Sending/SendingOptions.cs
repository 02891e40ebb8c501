using System.ComponentModel.DataAnnotations;
using WhatStyle.WhatsAppBridge.Configuration;

namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>How fast the bridge sends and how it retries (keys under <c>Bridge</c>). Every default is what production should use.</summary>
internal sealed class SendingOptions
{
    public const string SectionName = BridgeSection.Name;

    /// <summary>Global send rate (token bucket, messages per second); default 80 (Meta's default throughput).</summary>
    [Range(0.1, 10_000)]
    public double MessagesPerSecond { get; set; } = 80;

    /// <summary>Minimum gap between two messages to the same recipient; default 6 s (Meta's pair rate limit).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan PerRecipientInterval { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>First retry delay for transient errors; doubles each attempt up to <see cref="MaxRetryDelay"/>. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap of the exponential backoff; default 5 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Unit of the 131056 pair-rate backoff: waits unit × 4^n; default 1 s (Meta's advice).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan PairRateLimitUnit { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts per message before it is dead-lettered; default 6.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>
    /// How long a send whose outcome is unknown (the process died between sending and recording) waits for a status
    /// webhook naming it before it is sent again; default 10 min. See docs/bridge.md, "Exactly once".
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan UnconfirmedSendTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Uploaded media ids are reused for this long (Meta keeps them 30 days); default 29 days.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan MediaIdLifetime { get; set; } = TimeSpan.FromDays(29);

    /// <summary>Automatic messages per minute across all chats on a personal account (WAHA, Evolution); default 12.</summary>
    [Range(0.1, 100_000)]
    public double PersonalMessagesPerMinute { get; set; } = 12;

    /// <summary>Typing time per character of a reply on a personal account (±25 % jitter); default 60 ms.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan TypingTimePerCharacter { get; set; } = TimeSpan.FromMilliseconds(60);

    /// <summary>The longest "typing…" before a reply on a personal account; default 8 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxTypingTime { get; set; } = TimeSpan.FromSeconds(8);
}
