using System.ComponentModel.DataAnnotations;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.WhatsAppBridge.Configuration;

/// <summary>How the bridge answers and sends (section <c>Bridge</c>). Every default is what production should use.</summary>
internal sealed class BridgeOptions
{
    public const string SectionName = "Bridge";

    /// <summary>Mode for contacts without an entry in <see cref="Contacts"/>; default <see cref="ReplyMode.Auto"/>.</summary>
    public ReplyMode DefaultMode { get; set; } = ReplyMode.Auto;

    /// <summary>Per-contact modes keyed by WhatsApp id (digits, no +) or group id, e.g. <c>Bridge__Contacts__4917012345=draft</c>.</summary>
    public Dictionary<string, ReplyMode> Contacts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>When not empty, only these WhatsApp ids / group ids are answered. Default: empty (everyone).</summary>
    public List<string> Allow { get; set; } = [];

    /// <summary>These WhatsApp ids / group ids are never answered (messages are still stored). Default: empty.</summary>
    public List<string> Deny { get; set; } = [];

    /// <summary>Start of quiet hours (local time of <see cref="TimeZone"/>), e.g. "22:00"; null = no quiet hours.</summary>
    public TimeOnly? QuietHoursStart { get; set; }

    /// <summary>End of quiet hours, e.g. "07:00". Replies due in quiet hours wait until it ends.</summary>
    public TimeOnly? QuietHoursEnd { get; set; }

    /// <summary>IANA or Windows time-zone id for quiet hours; default UTC.</summary>
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Messages older than this (by their WhatsApp timestamp) are stored but not answered; default 24 h.</summary>
    public TimeSpan MaxMessageAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A chat is answered once it has been quiet this long, so a burst gets one reply; default 3 s.</summary>
    public TimeSpan BurstWindow { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Global send rate (token bucket, messages per second); default 80 (Meta's default throughput).</summary>
    [Range(0.1, 10_000)]
    public double MessagesPerSecond { get; set; } = 80;

    /// <summary>Minimum gap between two messages to the same recipient; default 6 s (Meta's pair rate limit).</summary>
    public TimeSpan PerRecipientInterval { get; set; } = TimeSpan.FromSeconds(6);

    /// <summary>First retry delay for transient errors; doubles each attempt up to <see cref="MaxRetryDelay"/>. Default 1 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap of the exponential backoff; default 5 min.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Unit of the 131056 pair-rate backoff: waits unit × 4^n; default 1 s (Meta's advice).</summary>
    public TimeSpan PairRateLimitUnit { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Attempts per message before it is dead-lettered; default 6.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 6;

    /// <summary>
    /// How long a send whose outcome is unknown (the process died between sending and recording) waits for a status
    /// webhook naming it before it is sent again; default 10 min. See docs/bridge.md, "Exactly once".
    /// </summary>
    public TimeSpan UnconfirmedSendTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the workers look for due work when nothing wakes them; default 500 ms.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How many chats are answered at the same time; default 4.</summary>
    [Range(1, 256)]
    public int MaxConcurrentChats { get; set; } = 4;

    /// <summary>Uploaded media ids are reused for this long (Meta keeps them 30 days); default 29 days.</summary>
    public TimeSpan MediaIdLifetime { get; set; } = TimeSpan.FromDays(29);

    /// <summary>
    /// Attempts at one inbox record, one chat's reply or one dead-letter request whose processing keeps throwing before it
    /// is set aside as a dead letter; default 5. Transient failures of inbox records and replies (storage, disk or network
    /// briefly unavailable) wait out the backoff without counting, so an outage sets nothing aside.
    /// </summary>
    [Range(1, 30)]
    public int PoisonMaxAttempts { get; set; } = 5;

    /// <summary>
    /// Wait after the first such failure, doubling each time; default 1 s. With the defaults a failing inbox record holds
    /// back the records behind it at most 1 + 2 + 4 + 8 = 15 s; a failing chat holds back no other chat. During an outage
    /// tries are at most baseDelay × 2^(PoisonMaxAttempts−1) apart (16 s with the defaults).
    /// </summary>
    public TimeSpan PoisonRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Whether <c>/admin/dead-letters</c> answers requests that carry no remote address (a Unix socket behind a proxy):
    /// they cannot be shown to come from this machine, so the default is false. Set it only when that socket is reachable
    /// from this machine alone.
    /// </summary>
    public bool AdminAllowUnknownAddress { get; set; }

    /// <summary>
    /// How long finished records stay in bridge.db: answered, drafted or stored messages (by arrival), delivered / read /
    /// played statuses and sent replies. Pending messages, unsent replies and dead letters are never pruned. Default 30
    /// days (Meta redelivers a webhook for at most 7, so deduplication is unaffected); zero keeps everything.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often retention runs; default 1 h (the first run is at most a minute after start-up).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "365.00:00:00")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// After the owner writes in a chat from their phone (personal channels), automatic replies stay off there this long;
    /// a reply pending at that moment (burst window, queue) is cancelled at once. Default 30 min.
    /// </summary>
    public TimeSpan TakeoverPause { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Which group messages get a reply: <c>off</c>, <c>mentioned</c> (the owner @mentioned or quoted; default) or <c>all</c>.</summary>
    public GroupReplies Groups { get; set; } = GroupReplies.Mentioned;

    /// <summary>Automatic messages per minute across all chats on a personal account (WAHA, Evolution); default 12.</summary>
    [Range(0.1, 100_000)]
    public double PersonalMessagesPerMinute { get; set; } = 12;

    /// <summary>Typing time per character of a reply on a personal account (±25 % jitter); default 60 ms.</summary>
    public TimeSpan TypingTimePerCharacter { get; set; } = TimeSpan.FromMilliseconds(60);

    /// <summary>The longest "typing…" before a reply on a personal account; default 8 s.</summary>
    public TimeSpan MaxTypingTime { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Which reply agent answers: <c>agent</c> (the WhatStyle reply agent, default) or <c>echo</c> (diagnostics and load tests).</summary>
    public string Agent { get; set; } = "agent";
}
