namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>
/// The bridge's state in bridge.db (the default): the same LiteDB calls the callers made before this seam existed, so
/// behaviour is unchanged. One process owns bridge.db (its lock file), so nothing here needs a claim or a lease.
/// </summary>
internal sealed class LiteBridgeState(BridgeDatabase database) : IBridgeState
{
    public IMessageRecords Messages { get; } = new LiteMessageRecords(database);

    public IChatRecords Chats { get; } = new LiteChatRecords(database);

    public IOutboxRecords Outbox { get; } = new LiteOutboxRecords(database);

    public IStatusRecords Statuses { get; } = new LiteStatusRecords(database);

    public ICursorRecords Cursors { get; } = new LiteCursorRecords(database);

    public IRetentionRecords Retention { get; } = new LiteRetentionRecords(database);

    public IInboxDeadLetterRecords InboxDeadLetters { get; } = new LiteInboxDeadLetterRecords(database);

    public T InTransaction<T>(Func<T> work) => database.InTransaction(work);

    public T Atomically<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work();
    }

    public void ReleaseOwnClaims()
    {
    }
}
