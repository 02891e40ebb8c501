using System.ComponentModel.DataAnnotations;
using WhatStyle.Tools.Contacts;
using WhatStyle.WhatsAppBridge.Configuration;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>Who is answered, when, and by which agent (keys under <c>Bridge</c>). Every default is what production should use.</summary>
internal sealed class ReplyPolicyOptions
{
    public const string SectionName = BridgeSection.Name;

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
    [Required]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>
    /// Messages older than this (by their WhatsApp timestamp) are stored but not answered, and a reply not sent within
    /// this long of being queued is dead-lettered; default 24 h.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "36500.00:00:00")]
    public TimeSpan MaxMessageAge { get; set; } = TimeSpan.FromHours(24);

    /// <summary>A chat is answered once it has been quiet this long, so a burst gets one reply; default 3 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan BurstWindow { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How many chats are answered at the same time; default 4.</summary>
    [Range(1, 256)]
    public int MaxConcurrentChats { get; set; } = 4;

    /// <summary>
    /// After the owner writes in a chat from their phone (personal channels), automatic replies stay off there this long;
    /// a reply pending at that moment (burst window, queue) is cancelled at once. Default 30 min.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan TakeoverPause { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Which group messages get a reply: <c>off</c>, <c>mentioned</c> (the owner @mentioned or quoted; default) or <c>all</c>.</summary>
    public GroupReplies Groups { get; set; } = GroupReplies.Mentioned;

    /// <summary>Which reply agent answers: <c>agent</c> (the WhatStyle reply agent, default) or <c>echo</c> (diagnostics and load tests).</summary>
    [RegularExpression("(?i)^(agent|echo)$", ErrorMessage = "Bridge:Agent must be 'agent' or 'echo'.")]
    public string Agent { get; set; } = "agent";

    /// <summary>True when an <see cref="Agent"/> setting asks for the echo agent (read before the options are bound).</summary>
    public static bool IsEchoAgent(string? agent) => string.Equals(agent, "echo", StringComparison.OrdinalIgnoreCase);
}
