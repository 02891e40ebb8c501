using Microsoft.Extensions.Options;
using WhatStyle.Tools.Events;
using WhatStyle.Tools.Storage.LiteDb;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// The bridge's events (message_received, message_sent, message_failed), recorded in bridge.db's own outbox inside the
/// transaction that stores the change where that is safe (message_received, and sends confirmed by a status webhook);
/// the sender's own message_sent and message_failed right after their change (see <see cref="Sending.Outbox"/>). Published by the host's
/// event publisher (docs/events.md) when <c>Events:Provider</c> names a bus; not recorded at all otherwise.
/// </summary>
internal sealed class BridgeEvents
{
    private readonly ILogger<BridgeEvents> _logger;

    public BridgeEvents(BridgeDatabase database, IOptions<EventsOptions> options, TimeProvider time, ILogger<BridgeEvents> logger)
    {
        _logger = logger;
        Outbox = new LiteEventOutbox(BridgeDatabase.FileName, () => database.Database);
        Recorder = new EventRecorder(Outbox, options, time);
    }

    public LiteEventOutbox Outbox { get; }

    public EventRecorder Recorder { get; }

    /// <summary>Records inside the caller's transaction: a failure fails the change too.</summary>
    public void Record<T>(string type, T data) => Recorder.Record(type, data);

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
            _logger.LogWarning(ex, "An event was not recorded in bridge.db's event outbox.");
        }
    }
}
