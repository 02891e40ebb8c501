using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.State;

namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>How far this bridge's inbox has been processed, stored with the work done up to it (bridge.db, or PostgreSQL per bridge).</summary>
internal sealed class InboxCursor
{
    private readonly IBridgeState _state;
    private readonly IInboxLog _log;

    public InboxCursor(IBridgeState state, IInboxLog log)
    {
        _state = state;
        _log = log;
    }

    /// <summary>Over bridge.db directly (tools and tests that open one).</summary>
    public InboxCursor(BridgeDatabase database, InboxLog log)
        : this(new LiteBridgeState(database), log)
    {
    }

    public InboxPosition Load() =>
        _state.Cursors.Find(_log.CursorName) is { } cursor ? new InboxPosition(cursor.Segment, cursor.Offset) : _log.Start;

    /// <summary>Call inside the transaction that stores the work done up to <paramref name="position"/>.</summary>
    public void Save(InboxPosition position) =>
        _state.Cursors.Upsert(new CursorRecord { Id = _log.CursorName, Segment = position.Segment, Offset = position.Offset });

    /// <summary>Accepted bytes not processed yet (0 when the processor has caught up).</summary>
    public long BacklogBytes() => _log.BacklogBytes(Load());

    /// <summary>True when the log on disk failed a write and takes no webhooks until it recovers.</summary>
    public bool LogFaulted => _log.Faulted;
}
