using WhatStyle.WhatsAppBridge.Storage.State;
using static WhatStyle.WhatsAppBridge.Storage.Postgres.PostgresSession;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary>
/// <c>bridge_outbox</c>. Beginning a send reads the item with <c>FOR UPDATE</c> inside a transaction
/// (<see cref="Sending.Outbox.TryBeginSends"/>), so of two bridges only the first sees it waiting: one process sends it.
/// </summary>
internal sealed class PostgresOutboxRecords(PostgresSession session, BridgeHolder holder) : IOutboxRecords
{
    private const string Select = "SELECT doc FROM bridge_outbox ";

    private string Lock => session.InTransaction ? " FOR UPDATE" : "";

    public OutboxItem? Find(string id) => session.Run((c, t) =>
    {
        using var command = Command(c, t, Select + "WHERE id = @id" + Lock, ("id", id));
        return StateJson.ReadOne<OutboxItem>(command);
    });

    public bool TryInsert(OutboxItem item) => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            INSERT INTO bridge_outbox (id, state, queue_key, waiting_for, recipient, wamid, sending_holder, doc)
            VALUES (@id, @state, @queue, @waiting, @to, @wamid, CASE WHEN @state = 1 THEN @holder END, @doc)
            ON CONFLICT (id) DO NOTHING
            """, Columns(item));
        return command.ExecuteNonQuery() == 1;
    });

    // The holder of a send stays the bridge that began it, whoever updates the item while it is on the wire.
    public void Update(OutboxItem item) => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            UPDATE bridge_outbox SET state = @state, queue_key = @queue, waiting_for = @waiting, recipient = @to, wamid = @wamid,
                sending_holder = CASE WHEN @state = 1 THEN COALESCE(CASE WHEN state = 1 THEN sending_holder END, @holder) END,
                doc = @doc
            WHERE id = @id
            """, Columns(item));
        return command.ExecuteNonQuery();
    });

    public OutboxItem? FindByWamid(string wamid) => session.Run((c, t) =>
    {
        using var command = Command(c, t, Select + "WHERE wamid = @wamid ORDER BY id LIMIT 1" + Lock, ("wamid", wamid));
        return StateJson.ReadOne<OutboxItem>(command);
    });

    public IReadOnlyList<OutboxItem> Due(long nowMs, int skip, int take) => session.Run((c, t) =>
    {
        using var command = Command(c, t, Select + "WHERE queue_key <= @now ORDER BY queue_key, id OFFSET @skip LIMIT @take",
            ("now", nowMs), ("skip", skip), ("take", take));
        return (IReadOnlyList<OutboxItem>)StateJson.ReadAll<OutboxItem>(command);
    });

    public IReadOnlyList<OutboxItem> WaitingFor(string recipient) => session.Run((c, t) =>
    {
        using var command = Command(c, t, Select + "WHERE waiting_for = @to" + Lock, ("to", recipient));
        return (IReadOnlyList<OutboxItem>)StateJson.ReadAll<OutboxItem>(command);
    });

    public bool InFlightElsewhere(string recipient) => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            SELECT EXISTS (SELECT 1 FROM bridge_outbox WHERE state = 1 AND recipient = @to AND sending_holder IS DISTINCT FROM @holder)
            """, ("to", recipient), ("holder", holder.Id));
        return command.ExecuteScalar() is true;
    });

    public IReadOnlyList<OutboxItem> InState(OutboxState state) => session.Run((c, t) =>
    {
        using var command = Command(c, t, Select + "WHERE state = @state", ("state", (short)state));
        return (IReadOnlyList<OutboxItem>)StateJson.ReadAll<OutboxItem>(command);
    });

    public IReadOnlyList<OutboxItem> InFlightHere() => session.Run((c, t) =>
    {
        using var command = Command(c, t, Select + "WHERE state = 1 AND sending_holder = @holder", ("holder", holder.Id));
        return (IReadOnlyList<OutboxItem>)StateJson.ReadAll<OutboxItem>(command);
    });

    public int Count(OutboxState state) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT count(*) FROM bridge_outbox WHERE state = @state", ("state", (short)state));
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    private (string, object?)[] Columns(OutboxItem item) =>
    [
        ("id", item.Id), ("state", (short)item.State), ("queue", item.QueueKey), ("waiting", item.WaitingFor), ("to", item.To),
        ("wamid", item.Wamid), ("holder", holder.Id), ("doc", StateJson.Write(item)),
    ];
}
