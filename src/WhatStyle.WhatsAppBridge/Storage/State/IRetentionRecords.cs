namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>
/// Deletes what <see cref="RetentionRule"/> says is expired, a batch at a time, each batch its own short transaction
/// (so no lock is held for long), and only this bridge's account's records where the state is shared.
/// </summary>
internal interface IRetentionRecords
{
    /// <summary>Deletes up to <paramref name="max"/> expired messages; returns how many it deleted.</summary>
    int DeleteMessages(RetentionRule rule, int max);

    /// <summary>Deletes up to <paramref name="max"/> expired delivery statuses; returns how many it deleted.</summary>
    int DeleteStatuses(RetentionRule rule, int max);

    /// <summary>Deletes up to <paramref name="max"/> expired outbox items (replies sent); returns how many it deleted.</summary>
    int DeleteReplies(RetentionRule rule, int max);

    /// <summary>
    /// Forgets up to <paramref name="max"/> bridges of this account whose lease ran out before the cutoff and that left
    /// nothing behind (no inbox rows, no send on the wire): their lease and positions. Where one process owns the state
    /// (LiteDB) there are none; returns how many it forgot.
    /// </summary>
    int DeleteDeadBridges(RetentionRule rule, int max);
}
