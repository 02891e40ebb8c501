using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>How far the inbox log has been processed, stored in bridge.db with the work done up to it.</summary>
internal sealed class InboxCursor(BridgeDatabase database, InboxLog log)
{
    private const string Name = WhatStyle.Tools.Storage.BridgeFiles.InboxCursorId;

    public InboxPosition Load() =>
        database.Cursors.FindById(Name) is { } cursor ? new InboxPosition(cursor.Segment, cursor.Offset) : InboxLog.Start;

    /// <summary>Call inside the transaction that stores the work done up to <paramref name="position"/>.</summary>
    public void Save(InboxPosition position) =>
        database.Cursors.Upsert(new CursorRecord { Id = Name, Segment = position.Segment, Offset = position.Offset });

    /// <summary>Accepted bytes not processed yet (0 when the processor has caught up).</summary>
    public long BacklogBytes() => log.BacklogBytes(Load());

    /// <summary>True when the log failed a write and takes no webhooks until the bridge restarts.</summary>
    public bool LogFaulted => log.Faulted;
}
