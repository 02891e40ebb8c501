using WhatStyle.Tools.Events;

namespace WhatStyle.Hosting.Events;

/// <summary>A broker that takes events (<c>Events:Provider</c>). Returns when the broker has stored the event; throws when it has not.</summary>
internal interface IEventBus
{
    Task PublishAsync(OutboxEvent outboxEvent, CancellationToken cancellationToken);
}
