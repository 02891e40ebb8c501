using WhatStyle.WhatsAppBridge.Storage.State;
using static WhatStyle.WhatsAppBridge.Storage.Postgres.PostgresSession;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary><c>bridge_cursors</c>: each bridge's own positions, by its <see cref="BridgeHolder"/>.</summary>
internal sealed class PostgresCursorRecords(PostgresSession session, BridgeHolder holder) : ICursorRecords
{
    public CursorRecord? Find(string name) => session.Run((c, t) =>
    {
        using var command = Command(c, t, """SELECT segment, "offset" FROM bridge_cursors WHERE holder = @holder AND name = @name""",
            ("holder", holder.Id), ("name", name));
        using var reader = command.ExecuteReader();
        return reader.Read() ? new CursorRecord { Id = name, Segment = reader.GetInt64(0), Offset = reader.GetInt64(1) } : null;
    });

    public void Upsert(CursorRecord record) => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            INSERT INTO bridge_cursors (holder, name, segment, "offset") VALUES (@holder, @name, @segment, @offset)
            ON CONFLICT (holder, name) DO UPDATE SET segment = excluded.segment, "offset" = excluded."offset"
            """, ("holder", holder.Id), ("name", record.Id), ("segment", record.Segment), ("offset", record.Offset));
        return command.ExecuteNonQuery();
    });
}
