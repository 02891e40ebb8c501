using Microsoft.Extensions.Options;
using WhatStyle.Tools.Events;
using WhatStyle.Tools.Storage.LiteDb;
using WhatStyle.WhatsAppBridge.Storage.Postgres;
using WhatStyle.WhatsAppBridge.Storage.State;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// The bridge's events (message_received, message_sent, message_failed), recorded in the outbox of the database that
/// holds the bridge's state, inside the transaction that stores the change. LiteDB: bridge.db's own outbox, where the
/// sender's own message_sent and message_failed are written right after their change (see <see cref="Sending.Outbox"/>).
/// PostgreSQL: <c>event_outbox</c>, every event in its change's transaction (<see cref="InStateTransaction"/>), drained
/// with the domain's events by one process at a time. Published by the host's event publisher (docs/events.md) when
/// <c>Events:Provider</c> names a bus; not recorded at all otherwise.
/// </summary>
internal sealed class BridgeEvents
{
    private readonly ILogger<BridgeEvents> _logger;
    private readonly PostgresBridgeState? _postgres;
    private readonly EventsOptions _options;
    private readonly TimeProvider _time;

    public BridgeEvents(BridgeDatabase database, IBridgeState state, IOptions<EventsOptions> options, TimeProvider time, ILogger<BridgeEvents> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _logger = logger;
        _options = options.Value;
        _time = time;
        _postgres = state as PostgresBridgeState;
        // Under PostgreSQL nothing new is written here; what waited from before the switch is still drained.
        Outbox = new LiteEventOutbox(BridgeDatabase.FileName, () => database.Database);
        Recorder = new EventRecorder(Outbox, options, time);
    }

    /// <summary>bridge.db's outbox: where the bridge's events are recorded on LiteDB.</summary>
    public LiteEventOutbox Outbox { get; }

    public EventRecorder Recorder { get; }

    /// <summary>
    /// True when events are written to the same database as the bridge's state (PostgreSQL), so a change and its event
    /// share one transaction whoever writes them; false on LiteDB, where the sender writes its events after the change.
    /// </summary>
    public bool InStateTransaction => _postgres is not null;

    /// <summary>Records inside the caller's transaction: a failure fails the change too.</summary>
    public void Record<T>(string type, T data)
    {
        if (_postgres is null)
        {
            Recorder.Record(type, data);
        }
        else if (_options.Enabled)
        {
            _postgres.RecordEvent(OutboxEvent.Create(type, _options.Source, data, _time.GetUtcNow()));
        }
    }

    /// <summary>Records in a write of its own, after the change has committed; a failure is logged, never thrown.</summary>
    public void TryRecord(Action record)
    {
        if (!Recorder.Enabled)
        {
            return;
        }

        try
        {
            record();
        }
#pragma warning disable CA1031 // The change it reports is already committed; losing its event must not undo or repeat it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _logger.LogWarning(ex, "An event was not recorded in the bridge's event outbox.");
        }
    }
}
