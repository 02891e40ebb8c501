using WhatStyle.WhatsAppBridge.Storage.State;
using static WhatStyle.WhatsAppBridge.Storage.Postgres.PostgresSession;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary>
/// <c>bridge_inbox_dead_letters</c>: every bridge of the account sets its records aside here, so the owner sees and
/// retries them whichever process is asked (a retried body goes into the inbox log of the bridge that retries it).
/// </summary>
internal sealed class PostgresInboxDeadLetterRecords(PostgresSession session, string account, BridgeHolder holder) : IInboxDeadLetterRecords
{
    private const string Columns = "id, body, received_at_ms, dead_at_ms, attempts, reason, corrupt";

    public InboxDeadLetter? Find(string id) => session.Run((c, t) =>
    {
        using var command = Command(c, t, $"SELECT {Columns} FROM bridge_inbox_dead_letters WHERE account = @account AND id = @id" + (session.InTransaction ? " FOR UPDATE" : ""),
            ("account", account), ("id", id));
        return ReadAll(command).FirstOrDefault();
    });

    public bool TryInsert(InboxDeadLetter deadLetter) => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            INSERT INTO bridge_inbox_dead_letters (account, id, holder, dead_at_ms, body, received_at_ms, attempts, reason, corrupt)
            VALUES (@account, @id, @holder, @dead, @body, @received, @attempts, @reason, @corrupt) ON CONFLICT (account, id) DO NOTHING
            """,
            ("account", account), ("id", deadLetter.Id), ("holder", holder.Id), ("dead", deadLetter.DeadAtMs), ("body", deadLetter.Body),
            ("received", deadLetter.ReceivedAtMs), ("attempts", deadLetter.Attempts), ("reason", deadLetter.Reason), ("corrupt", deadLetter.Corrupt));
        return command.ExecuteNonQuery() == 1;
    });

    public IReadOnlyList<InboxDeadLetter> All() => session.Run((c, t) =>
    {
        using var command = Command(c, t, $"SELECT {Columns} FROM bridge_inbox_dead_letters WHERE account = @account ORDER BY dead_at_ms, id", ("account", account));
        return (IReadOnlyList<InboxDeadLetter>)ReadAll(command);
    });

    public int Count() => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT count(*) FROM bridge_inbox_dead_letters WHERE account = @account", ("account", account));
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    });

    public bool Delete(string id) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "DELETE FROM bridge_inbox_dead_letters WHERE account = @account AND id = @id", ("account", account), ("id", id));
        return command.ExecuteNonQuery() == 1;
    });

    private static List<InboxDeadLetter> ReadAll(Npgsql.NpgsqlCommand command)
    {
        var result = new List<InboxDeadLetter>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            result.Add(new InboxDeadLetter
            {
                Id = reader.GetString(0),
                Body = (byte[])reader.GetValue(1),
                ReceivedAtMs = reader.GetInt64(2),
                DeadAtMs = reader.GetInt64(3),
                Attempts = reader.GetInt32(4),
                Reason = reader.GetString(5),
                Corrupt = reader.GetBoolean(6),
            });
        }

        return result;
    }
}
