using System.ComponentModel.DataAnnotations;
using WhatStyle.WhatsAppBridge.Configuration;

namespace WhatStyle.WhatsAppBridge.Hosting;

/// <summary>The background workers' shared pace (keys under <c>Bridge</c>).</summary>
internal sealed class WorkerOptions
{
    public const string SectionName = BridgeSection.Name;

    /// <summary>
    /// How often the workers look for due work when nothing wakes them; default 500 ms. Most work wakes them at once (a
    /// signal), so this bounds only how late timed work (a backoff ending, a burst window closing) is noticed.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);
}
