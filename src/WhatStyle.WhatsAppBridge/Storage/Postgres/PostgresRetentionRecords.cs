using WhatStyle.WhatsAppBridge.Storage.State;
using static WhatStyle.WhatsAppBridge.Storage.Postgres.PostgresSession;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary>
/// Retention on PostgreSQL: this account's rows only (other numbers sharing the database keep theirs to their own
/// bridges' retention). Each batch is one statement, so one short transaction; rows another bridge holds locked (a
/// message being answered, a reply being marked) are skipped, not waited for, and go in a later pass. The times live in
/// the rows' documents, not in columns, so a pass reads the candidates' documents: fine hourly, and no schema change.
/// </summary>
internal sealed class PostgresRetentionRecords(PostgresSession session, string account) : IRetentionRecords
{
    public int DeleteMessages(RetentionRule rule, int max) => Delete(
        "bridge_messages",
        "state = ANY(@states) AND (doc::jsonb ->> 'ReceivedAtMs')::bigint < @cutoff",
        ("states", RetentionRule.FinishedMessages.Select(s => (short)s).ToArray()), rule, max);

    public int DeleteStatuses(RetentionRule rule, int max) => Delete(
        "bridge_statuses",
        "doc::jsonb ->> 'Status' = ANY(@states) AND (doc::jsonb ->> 'TimestampMs')::bigint < @cutoff",
        ("states", RetentionRule.FinishedStatuses.ToArray()), rule, max);

    public int DeleteReplies(RetentionRule rule, int max) => Delete(
        "bridge_outbox",
        "state = ANY(@states) AND (doc::jsonb ->> 'CreatedAtMs')::bigint < @cutoff",
        ("states", RetentionRule.FinishedReplies.Select(s => (short)s).ToArray()), rule, max);

    /// <summary>
    /// A bridge whose lease ran out before the cutoff has been taken over long ago (its inbox moved, its sends settled);
    /// its lease row and cursors go, unless something still names it. Should it ever come back on its data directory,
    /// it renews a lease as any bridge does, and reads its inbox from the start (rows are only ever its new ones).
    /// </summary>
    public int DeleteDeadBridges(RetentionRule rule, int max) => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            WITH dead AS (
                DELETE FROM bridge_holders WHERE holder IN (
                    SELECT h.holder FROM bridge_holders AS h
                    WHERE h.account = @account AND extract(epoch FROM h.lease_until) * 1000 < @cutoff
                      AND NOT EXISTS (SELECT 1 FROM bridge_inbox AS i WHERE i.holder = h.holder)
                      AND NOT EXISTS (SELECT 1 FROM bridge_outbox AS o WHERE o.account = h.account AND o.state = 1 AND o.sending_holder = h.holder)
                    LIMIT @max FOR UPDATE SKIP LOCKED)
                RETURNING holder),
            positions AS (DELETE FROM bridge_cursors WHERE holder IN (SELECT holder FROM dead))
            SELECT count(*)::int FROM dead
            """, ("account", account), ("cutoff", rule.CutoffMs), ("max", max));
        return (int)command.ExecuteScalar()!;
    });

    private int Delete(string table, string expired, (string Name, object Value) states, RetentionRule rule, int max) => session.Run((c, t) =>
    {
        using var command = Command(c, t, $"""
            DELETE FROM {table} WHERE account = @account AND id IN (
                SELECT id FROM {table} WHERE account = @account AND {expired}
                LIMIT @max FOR UPDATE SKIP LOCKED)
            """, ("account", account), states, ("cutoff", rule.CutoffMs), ("max", max));
        return command.ExecuteNonQuery();
    });
}
