using WhatStyle.WhatsAppBridge.Storage.State;
using static WhatStyle.WhatsAppBridge.Storage.Postgres.PostgresSession;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary><c>bridge_messages</c>: the message id is the primary key, so a delivery reaching two bridges is stored once.</summary>
internal sealed class PostgresMessageRecords(PostgresSession session) : IMessageRecords
{
    private string Lock => session.InTransaction ? " FOR UPDATE" : "";

    public MessageRecord? Find(string id) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT doc FROM bridge_messages WHERE id = @id" + Lock, ("id", id));
        return StateJson.ReadOne<MessageRecord>(command);
    });

    public bool TryInsert(MessageRecord record) => session.Run((c, t) =>
    {
        // ON CONFLICT: a second bridge storing the same id waits for the first's commit and then stores nothing.
        using var command = Command(c, t, """
            INSERT INTO bridge_messages (id, chat, state, learn_queue, timestamp_ms, doc)
            VALUES (@id, @chat, @state, @learn, @ts, @doc) ON CONFLICT (id) DO NOTHING
            """, Columns(record));
        return command.ExecuteNonQuery() == 1;
    });

    public void Update(MessageRecord record) => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            UPDATE bridge_messages SET chat = @chat, state = @state, learn_queue = @learn, timestamp_ms = @ts, doc = @doc WHERE id = @id
            """, Columns(record));
        return command.ExecuteNonQuery();
    });

    public IReadOnlyList<MessageRecord> PendingIn(string chat) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT doc FROM bridge_messages WHERE chat = @chat AND state = @state" + Lock,
            ("chat", chat), ("state", (short)MessageState.Pending));
        return StateJson.ReadAll<MessageRecord>(command);
    });

    public bool AnyPendingIn(string chat) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT EXISTS (SELECT 1 FROM bridge_messages WHERE chat = @chat AND state = @state)",
            ("chat", chat), ("state", (short)MessageState.Pending));
        return command.ExecuteScalar() is true;
    });

    public IReadOnlyList<MessageRecord> Unlearned(int max) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT doc FROM bridge_messages WHERE learn_queue = 'owner' ORDER BY timestamp_ms LIMIT @max", ("max", max));
        return StateJson.ReadAll<MessageRecord>(command);
    });

    public IReadOnlyList<MessageRecord> InState(MessageState state) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT doc FROM bridge_messages WHERE state = @state", ("state", (short)state));
        return StateJson.ReadAll<MessageRecord>(command);
    });

    public int Count(MessageState state) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT count(*) FROM bridge_messages WHERE state = @state", ("state", (short)state));
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    private static (string, object?)[] Columns(MessageRecord record) =>
    [
        ("id", record.Id), ("chat", record.Chat), ("state", (short)record.State), ("learn", record.LearnQueue),
        ("ts", record.TimestampMs), ("doc", StateJson.Write(record)),
    ];
}
