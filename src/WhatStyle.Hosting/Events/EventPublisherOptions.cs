using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Hosting.Events;

/// <summary>How the outbox publisher drains (section <c>Events</c>, beside <c>Events:Provider</c>).</summary>
internal sealed class EventPublisherOptions
{
    public const string SectionName = "Events";

    /// <summary>How often the outboxes are looked at when they were empty; default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The first wait after a failed publish; doubles each failure up to <see cref="MaxRetryDelay"/>. Default 1 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two tries of one event; default 1 min.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Events read from one outbox per pass; default 100.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;
}
