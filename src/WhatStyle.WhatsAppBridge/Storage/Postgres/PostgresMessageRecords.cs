using WhatStyle.WhatsAppBridge.Storage.State;
using static WhatStyle.WhatsAppBridge.Storage.Postgres.PostgresSession;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary><c>bridge_messages</c>: (account, message id) is the key, so a delivery reaching two bridges of one number is stored once.</summary>
internal sealed class PostgresMessageRecords(PostgresSession session, string account) : IMessageRecords
{
    private string Lock => session.InTransaction ? " FOR UPDATE" : "";

    public MessageRecord? Find(string id) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT doc FROM bridge_messages WHERE account = @account AND id = @id" + Lock, ("account", account), ("id", id));
        return StateJson.ReadOne<MessageRecord>(command);
    });

    public bool TryInsert(MessageRecord record) => session.Run((c, t) =>
    {
        // ON CONFLICT: a second bridge storing the same id waits for the first's commit and then stores nothing.
        using var command = Command(c, t, """
            INSERT INTO bridge_messages (account, id, chat, state, learn_queue, timestamp_ms, doc)
            VALUES (@account, @id, @chat, @state, @learn, @ts, @doc) ON CONFLICT (account, id) DO NOTHING
            """, Columns(record));
        return command.ExecuteNonQuery() == 1;
    });

    public void Update(MessageRecord record) => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            UPDATE bridge_messages SET chat = @chat, state = @state, learn_queue = @learn, timestamp_ms = @ts, doc = @doc
            WHERE account = @account AND id = @id
            """, Columns(record));
        return command.ExecuteNonQuery();
    });

    public IReadOnlyList<MessageRecord> PendingIn(string chat) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT doc FROM bridge_messages WHERE account = @account AND chat = @chat AND state = @state" + Lock,
            ("account", account), ("chat", chat), ("state", (short)MessageState.Pending));
        return StateJson.ReadAll<MessageRecord>(command);
    });

    public bool AnyPendingIn(string chat) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT EXISTS (SELECT 1 FROM bridge_messages WHERE account = @account AND chat = @chat AND state = @state)",
            ("account", account), ("chat", chat), ("state", (short)MessageState.Pending));
        return command.ExecuteScalar() is true;
    });

    public IReadOnlyList<MessageRecord> Unlearned(int max) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT doc FROM bridge_messages WHERE account = @account AND learn_queue = 'owner' ORDER BY timestamp_ms LIMIT @max",
            ("account", account), ("max", max));
        return StateJson.ReadAll<MessageRecord>(command);
    });

    public IReadOnlyList<MessageRecord> InState(MessageState state) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT doc FROM bridge_messages WHERE account = @account AND state = @state", ("account", account), ("state", (short)state));
        return StateJson.ReadAll<MessageRecord>(command);
    });

    public int Count(MessageState state) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT count(*) FROM bridge_messages WHERE account = @account AND state = @state", ("account", account), ("state", (short)state));
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    private (string, object?)[] Columns(MessageRecord record) =>
    [
        ("account", account), ("id", record.Id), ("chat", record.Chat), ("state", (short)record.State), ("learn", record.LearnQueue),
        ("ts", record.TimestampMs), ("doc", StateJson.Write(record)),
    ];
}
