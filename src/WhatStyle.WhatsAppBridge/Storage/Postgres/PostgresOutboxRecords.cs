using WhatStyle.WhatsAppBridge.Storage.State;
using static WhatStyle.WhatsAppBridge.Storage.Postgres.PostgresSession;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary>
/// <c>bridge_outbox</c>. Beginning a send reads the item with <c>FOR UPDATE</c> inside a transaction
/// (<see cref="Sending.Outbox.TryBeginSends"/>), so of two bridges only the first sees it waiting: one process sends it.
/// </summary>
internal sealed class PostgresOutboxRecords(PostgresSession session, string account, BridgeHolder holder) : IOutboxRecords
{
    private const string Select = "SELECT doc FROM bridge_outbox WHERE account = @account AND ";

    private string Lock => session.InTransaction ? " FOR UPDATE" : "";

    public OutboxItem? Find(string id) => session.Run((c, t) =>
    {
        using var command = Command(c, t, Select + "id = @id" + Lock, ("account", account), ("id", id));
        return StateJson.ReadOne<OutboxItem>(command);
    });

    public bool TryInsert(OutboxItem item) => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            INSERT INTO bridge_outbox (account, id, state, queue_key, waiting_for, recipient, wamid, sending_holder, doc)
            VALUES (@account, @id, @state, @queue, @waiting, @to, @wamid, CASE WHEN @state = 1 THEN @holder END, @doc)
            ON CONFLICT (account, id) DO NOTHING
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
            WHERE account = @account AND id = @id
            """, Columns(item));
        return command.ExecuteNonQuery();
    });

    public OutboxItem? FindByWamid(string wamid) => session.Run((c, t) =>
    {
        using var command = Command(c, t, Select + "wamid = @wamid ORDER BY id LIMIT 1" + Lock, ("account", account), ("wamid", wamid));
        return StateJson.ReadOne<OutboxItem>(command);
    });

    public IReadOnlyList<OutboxItem> Due(long nowMs, int skip, int take) => session.Run((c, t) =>
    {
        using var command = Command(c, t, Select + "queue_key <= @now ORDER BY queue_key, id OFFSET @skip LIMIT @take",
            ("account", account), ("now", nowMs), ("skip", skip), ("take", take));
        return (IReadOnlyList<OutboxItem>)StateJson.ReadAll<OutboxItem>(command);
    });

    public IReadOnlyList<OutboxItem> WaitingFor(string recipient) => session.Run((c, t) =>
    {
        using var command = Command(c, t, Select + "waiting_for = @to" + Lock, ("account", account), ("to", recipient));
        return (IReadOnlyList<OutboxItem>)StateJson.ReadAll<OutboxItem>(command);
    });

    public bool InFlightElsewhere(string recipient) => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            SELECT EXISTS (SELECT 1 FROM bridge_outbox
                           WHERE account = @account AND state = 1 AND recipient = @to AND sending_holder IS DISTINCT FROM @holder)
            """, ("account", account), ("to", recipient), ("holder", holder.Id));
        return command.ExecuteScalar() is true;
    });

    public IReadOnlyList<OutboxItem> InState(OutboxState state) => session.Run((c, t) =>
    {
        using var command = Command(c, t, Select + "state = @state", ("account", account), ("state", (short)state));
        return (IReadOnlyList<OutboxItem>)StateJson.ReadAll<OutboxItem>(command);
    });

    public IReadOnlyList<OutboxItem> InFlightHere() => session.Run((c, t) =>
    {
        using var command = Command(c, t, Select + "state = 1 AND sending_holder = @holder", ("account", account), ("holder", holder.Id));
        return (IReadOnlyList<OutboxItem>)StateJson.ReadAll<OutboxItem>(command);
    });

    // A holder without a row never renewed a lease (it ran before migration step 6): its sends count as lapsed too.
    public IReadOnlyList<OutboxItem> InFlightOfLapsedHolders() => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            SELECT o.doc FROM bridge_outbox AS o
            WHERE o.account = @account AND o.state = 1 AND o.sending_holder IS DISTINCT FROM @holder
              AND NOT EXISTS (SELECT 1 FROM bridge_holders AS h WHERE h.holder = o.sending_holder AND h.lease_until > now())
            """, ("account", account), ("holder", holder.Id));
        return (IReadOnlyList<OutboxItem>)StateJson.ReadAll<OutboxItem>(command);
    });

    public int Count(OutboxState state) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT count(*) FROM bridge_outbox WHERE account = @account AND state = @state", ("account", account), ("state", (short)state));
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    private (string, object?)[] Columns(OutboxItem item) =>
    [
        ("account", account), ("id", item.Id), ("state", (short)item.State), ("queue", item.QueueKey), ("waiting", item.WaitingFor),
        ("to", item.To), ("wamid", item.Wamid), ("holder", holder.Id), ("doc", StateJson.Write(item)),
    ];
}
