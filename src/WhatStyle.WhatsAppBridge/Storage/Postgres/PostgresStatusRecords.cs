using WhatStyle.WhatsAppBridge.Storage.State;
using static WhatStyle.WhatsAppBridge.Storage.Postgres.PostgresSession;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary><c>bridge_statuses</c>.</summary>
internal sealed class PostgresStatusRecords(PostgresSession session, string account) : IStatusRecords
{
    public StatusRecord? Find(string id) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT doc FROM bridge_statuses WHERE account = @account AND id = @id" + (session.InTransaction ? " FOR UPDATE" : ""),
            ("account", account), ("id", id));
        return StateJson.ReadOne<StatusRecord>(command);
    });

    public void Upsert(StatusRecord record) => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            INSERT INTO bridge_statuses (account, id, doc) VALUES (@account, @id, @doc)
            ON CONFLICT (account, id) DO UPDATE SET doc = excluded.doc
            """, ("account", account), ("id", record.Id), ("doc", StateJson.Write(record)));
        return command.ExecuteNonQuery();
    });
}
