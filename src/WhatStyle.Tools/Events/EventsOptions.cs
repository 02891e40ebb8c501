using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Tools.Events;

/// <summary>Where events go (section <c>Events</c>; docs/events.md).</summary>
public sealed class EventsOptions
{
    public const string SectionName = "Events";
    public const string None = "none";
    public const string RabbitMq = "rabbitmq";
    public const string Nats = "nats";

    /// <summary>
    /// <c>none</c> (the default: nothing is recorded or published), <c>nats</c> (NATS JetStream,
    /// <c>ConnectionStrings:Nats</c>) or <c>rabbitmq</c> (<c>ConnectionStrings:RabbitMq</c>, an AMQP URI).
    /// </summary>
    [RegularExpression("(?i)^(none|nats|rabbitmq)$", ErrorMessage = "Events:Provider must be none, nats or rabbitmq.")]
    public string Provider { get; set; } = None;

    /// <summary>Who publishes, in each event's <c>source</c> (e.g. <c>whatstyle/bridge</c>).</summary>
    public string Source { get; set; } = "whatstyle";

    /// <summary>Events are recorded in the outbox only when a bus will publish them: an outbox nobody drains would only grow.</summary>
    public bool Enabled => !string.Equals(Provider, None, StringComparison.OrdinalIgnoreCase);
}
