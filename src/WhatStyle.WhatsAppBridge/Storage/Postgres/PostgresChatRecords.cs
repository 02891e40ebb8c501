using WhatStyle.WhatsAppBridge.Storage.State;
using static WhatStyle.WhatsAppBridge.Storage.Postgres.PostgresSession;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary>
/// <c>bridge_chats</c>: a due chat is claimed with a lease on the server's clock (<c>FOR UPDATE SKIP LOCKED</c>, so two
/// bridges claiming at once take different chats); a lease that runs out (its bridge died) is taken over by the next claim.
/// </summary>
internal sealed class PostgresChatRecords(PostgresSession session, string account, BridgeHolder holder, TimeSpan lease) : IChatRecords
{
    public ChatRecord? Find(string id) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT doc FROM bridge_chats WHERE account = @account AND id = @id" + (session.InTransaction ? " FOR UPDATE" : ""),
            ("account", account), ("id", id));
        return StateJson.ReadOne<ChatRecord>(command);
    });

    // The lease columns are left alone: writing a chat's due time never takes or drops a claim.
    public void Upsert(ChatRecord record) => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            INSERT INTO bridge_chats (account, id, due_key, has_pending, doc) VALUES (@account, @id, @due, @pending, @doc)
            ON CONFLICT (account, id) DO UPDATE SET due_key = excluded.due_key, has_pending = excluded.has_pending, doc = excluded.doc
            """, Columns(record));
        return command.ExecuteNonQuery();
    });

    public void Update(ChatRecord record) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "UPDATE bridge_chats SET due_key = @due, has_pending = @pending, doc = @doc WHERE account = @account AND id = @id",
            Columns(record));
        return command.ExecuteNonQuery();
    });

    public bool LeasesClaims => true;

    public IReadOnlyList<ChatRecord> ClaimDue(long nowMs, int max) => session.Run((c, t) =>
    {
        // Chats this bridge holds are being answered here: not claimed again until released.
        using var command = Command(c, t, """
            UPDATE bridge_chats AS chat SET lease_holder = @holder, lease_until = now() + @lease
            FROM (SELECT id FROM bridge_chats
                  WHERE account = @account AND due_key <= @now AND has_pending AND (lease_until IS NULL OR lease_until < now())
                  ORDER BY due_key LIMIT @max FOR UPDATE SKIP LOCKED) AS due
            WHERE chat.account = @account AND chat.id = due.id
            RETURNING chat.doc
            """, ("account", account), ("holder", holder.Id), ("lease", lease), ("now", nowMs), ("max", max));
        return (IReadOnlyList<ChatRecord>)[.. StateJson.ReadAll<ChatRecord>(command).OrderBy(chat => chat.DueKey)];
    });

    public void Release(string id) => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            UPDATE bridge_chats SET lease_holder = NULL, lease_until = NULL WHERE account = @account AND id = @id AND lease_holder = @holder
            """, ("account", account), ("id", id), ("holder", holder.Id));
        return command.ExecuteNonQuery();
    });

    public TimeSpan? ClaimLease => lease;

    /// <summary>The chats this bridge holds are the ones it is answering: one statement extends them all.</summary>
    public int RenewClaims() => session.Run((c, t) =>
    {
        using var command = Command(c, t, "UPDATE bridge_chats SET lease_until = now() + @lease WHERE account = @account AND lease_holder = @holder",
            ("lease", lease), ("account", account), ("holder", holder.Id));
        return command.ExecuteNonQuery();
    });

    /// <summary>After a restart: the chats this bridge held were being answered by the process that died.</summary>
    public int ReleaseAll() => session.Run((c, t) =>
    {
        using var command = Command(c, t, "UPDATE bridge_chats SET lease_holder = NULL, lease_until = NULL WHERE account = @account AND lease_holder = @holder",
            ("account", account), ("holder", holder.Id));
        return command.ExecuteNonQuery();
    });

    private (string, object?)[] Columns(ChatRecord record) =>
        [("account", account), ("id", record.Id), ("due", record.DueKey), ("pending", record.HasPending), ("doc", StateJson.Write(record))];
}
