namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>
/// The bridge's shared state: incoming messages (deduplicated by message id), chats and their burst windows, the
/// outbox, delivery statuses and the inbox position. Two implementations: <see cref="LiteBridgeState"/> over bridge.db
/// (one process, the default) and <c>PostgresBridgeState</c> (Storage:Provider = postgres, several bridges on one
/// database). The rules (dedupe, burst windows, exactly-once sends) stay in the callers (MessageLedger, Outbox,
/// StatusLedger); this seam holds only the reads and writes, so both providers run the same rules.
/// </summary>
internal interface IBridgeState
{
    IMessageRecords Messages { get; }

    IChatRecords Chats { get; }

    IOutboxRecords Outbox { get; }

    IStatusRecords Statuses { get; }

    ICursorRecords Cursors { get; }

    /// <summary>Deletes what <see cref="RetentionRule"/> says has expired (Retention's batches).</summary>
    IRetentionRecords Retention { get; }

    /// <summary>Inbox records set aside as dead letters (bridge.db; PostgreSQL: per account, seen by every process).</summary>
    IInboxDeadLetterRecords InboxDeadLetters { get; }

    /// <summary>Runs <paramref name="work"/> in one transaction (joining one already open on this thread). No awaits inside.</summary>
    T InTransaction<T>(Func<T> work);

    /// <summary>
    /// A read-modify-write of a few records that must not interleave with another process's. LiteDB: runs
    /// <paramref name="work"/> as it is (one process; the callers' locks order it, as before). PostgreSQL: one
    /// transaction whose reads lock the rows they read (<c>FOR UPDATE</c>).
    /// </summary>
    T Atomically<T>(Func<T> work);

    /// <summary>Called once at start-up, before any worker runs: forgets claims this bridge held before a restart.</summary>
    void ReleaseOwnClaims();
}
