using Microsoft.Extensions.Options;
using WhatStyle.Tools.Events;
using WhatStyle.Tools.Storage.LiteDb;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// The bridge's events (message_received, message_sent, message_failed), recorded in bridge.db's own outbox inside the
/// transaction that stores the change, so an event exists exactly when its change does. Published by the host's
/// event publisher (docs/events.md) when <c>Events:Provider</c> names a bus; not recorded at all otherwise.
/// </summary>
internal sealed class BridgeEvents
{
    public BridgeEvents(BridgeDatabase database, IOptions<EventsOptions> options, TimeProvider time)
    {
        Outbox = new LiteEventOutbox(BridgeDatabase.FileName, () => database.Database);
        Recorder = new EventRecorder(Outbox, options, time);
    }

    public LiteEventOutbox Outbox { get; }

    public EventRecorder Recorder { get; }

    public void Record<T>(string type, T data) => Recorder.Record(type, data);
}
