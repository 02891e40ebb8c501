using Microsoft.Extensions.Options;
using WhatStyle.Tools.Storage.LiteDb;

namespace WhatStyle.Tools.Events;

/// <summary>
/// Records the events of one LiteDB database's changes in its outbox, when a bus will publish them
/// (<see cref="EventsOptions.Enabled"/>). Call <see cref="Record{T}"/> inside the transaction that makes the change.
/// </summary>
public sealed class EventRecorder(LiteEventOutbox outbox, IOptions<EventsOptions> options, TimeProvider time)
{
    private readonly EventsOptions _options = options.Value;

    public LiteEventOutbox Outbox { get; } = outbox;

    public bool Enabled => _options.Enabled;

    public void Record<T>(string type, T data)
    {
        if (_options.Enabled)
        {
            Outbox.Append(OutboxEvent.Create(type, _options.Source, data, time.GetUtcNow()));
        }
    }
}
