using LiteDB;

namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>
/// Retention in bridge.db. One collection per transaction, on purpose: LiteDB 5 takes a collection's write lock at its
/// first write in a transaction and holds it until commit, so a transaction writing several collections must take them
/// in the order every other writer does or it can deadlock (until LiteDB's one-minute lock timeout) with, e.g., a reply's
/// completion (outbox, then messages, under the chat lock). A transaction that writes one collection holds no lock while
/// it waits for one, so it cannot be part of such a cycle whatever order the others use. Nothing is lost by splitting:
/// each record is deleted on its own merits, and a crash in between leaves only records the next pass deletes.
/// </summary>
internal sealed class LiteRetentionRecords(BridgeDatabase database) : IRetentionRecords
{
    /// <summary>One bridge owns bridge.db: no other bridge's lease or positions to forget.</summary>
    public int DeleteDeadBridges(RetentionRule rule, int max) => 0;

    public int DeleteMessages(RetentionRule rule, int max) => DeleteBatch(
        database.Messages,
        Query.And(In(nameof(MessageRecord.State), RetentionRule.FinishedMessages), Query.LT(nameof(MessageRecord.ReceivedAtMs), rule.CutoffMs)),
        m => m.Id,
        max);

    public int DeleteStatuses(RetentionRule rule, int max) => DeleteBatch(
        database.Statuses,
        Query.And(In(nameof(StatusRecord.Status), RetentionRule.FinishedStatuses), Query.LT(nameof(StatusRecord.TimestampMs), rule.CutoffMs)),
        s => s.Id,
        max);

    public int DeleteReplies(RetentionRule rule, int max) => DeleteBatch(
        database.Outbox,
        Query.And(In(nameof(OutboxItem.State), RetentionRule.FinishedReplies), Query.LT(nameof(OutboxItem.CreatedAtMs), rule.CutoffMs)),
        o => o.Id,
        max);

    // bridge.db stores enums by name (BridgeDatabase's mapper).
    private static BsonExpression In<TEnum>(string field, IEnumerable<TEnum> values)
        where TEnum : struct, Enum => In(field, values.Select(v => v.ToString()));

    private static BsonExpression In(string field, IEnumerable<string> values) => Query.In(field, new BsonArray(values.Select(v => new BsonValue(v))));

    private int DeleteBatch<T>(ILiteCollection<T> collection, BsonExpression expired, Func<T, string> id, int max) => database.InTransaction(() =>
    {
        var ids = collection.Query().Where(expired).Limit(max).ToEnumerable().Select(id).ToList();
        ids.ForEach(i => collection.Delete(i));
        return ids.Count;
    });
}
