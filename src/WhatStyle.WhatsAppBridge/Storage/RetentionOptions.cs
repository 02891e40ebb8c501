using System.ComponentModel.DataAnnotations;
using WhatStyle.WhatsAppBridge.Configuration;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>How long bridge.db keeps finished records (keys under <c>Bridge</c>).</summary>
internal sealed class RetentionOptions
{
    public const string SectionName = BridgeSection.Name;

    /// <summary>
    /// How long finished records stay in bridge.db: answered, drafted or stored messages (by arrival), delivered / read /
    /// played statuses and sent replies. Pending messages, unsent replies and dead letters are never pruned. Default 30
    /// days (Meta redelivers a webhook for at most 7, so deduplication is unaffected); zero keeps everything.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "36500.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often retention runs; default 1 h (the first run is at most a minute after start-up).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "365.00:00:00")]
    public TimeSpan RetentionInterval { get; set; } = TimeSpan.FromHours(1);
}
