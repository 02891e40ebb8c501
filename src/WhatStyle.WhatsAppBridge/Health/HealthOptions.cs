using System.ComponentModel.DataAnnotations;

namespace WhatStyle.WhatsAppBridge.Health;

/// <summary>When <c>/healthz</c> stops saying "healthy" (section <c>Bridge:Health</c>).</summary>
internal sealed class HealthOptions
{
    public const string SectionName = "Bridge:Health";

    /// <summary>The inbox has a backlog and its position has not moved for this long: degraded. Default 60 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan BacklogStalledAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The WhatsApp API has failed (outage answers, no success since) for this long: degraded. Default 60 s.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan WhatsAppFailingAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Writes to bridge.db have failed for this long: unhealthy. Default 10 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan StorageFailingAfter { get; set; } = TimeSpan.FromSeconds(10);
}
