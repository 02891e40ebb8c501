using Npgsql;
using NpgsqlTypes;
using WhatStyle.WhatsAppBridge.Inbox;
using static WhatStyle.WhatsAppBridge.Storage.Postgres.PostgresSession;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary>
/// The inbox in PostgreSQL (<c>bridge_inbox</c>, Storage:Provider = postgres): a webhook is acknowledged once its row
/// is committed, so a bridge that dies for good leaves its accepted webhooks where every bridge of the account can
/// reach them (<see cref="TakeOverLapsed"/>), not on a disk no one reads again. Each bridge reads its own rows, by its
/// <see cref="BridgeHolder"/>, with a cursor as it did its log; a position is segment 0 and the row's sequence number.
/// </summary>
/// <remarks>
/// The reader moves its cursor past every row it has seen, so a row must never become visible behind one already read.
/// Numbers come from one sequence, and every transaction that adds rows to a holder's inbox (its writer, a bridge taking
/// over another's rows) takes that holder's advisory lock before drawing them and keeps it until it commits: rows
/// become visible in the order of their numbers. Bodies are stored as received, like the rest of the bridge's state in
/// PostgreSQL (Storage:Password seals files on the bridge's disk; the database is protected by its own access rules).
/// </remarks>
internal sealed class PostgresInboxLog(PostgresSession session, string account, BridgeHolder holder) : IInboxLog
{
    /// <summary>The cursor's name: not the log's on disk, whose position a bridge moving to PostgreSQL still holds until <see cref="InboxCarryOver"/> has run.</summary>
    public const string Cursor = "inbox-postgres";

    /// <summary>Rows moved per transaction when taking over a dead bridge's inbox.</summary>
    private const int TakeOverBatch = 500;

    /// <summary>
    /// Rows handled per <see cref="TakeOverLapsed"/> call: it runs in the lease worker's pass, so a dead bridge's long
    /// backlog is moved over several passes instead of delaying this bridge's own lease renewal past its lease.
    /// </summary>
    private const int TakeOverPerPass = 10 * TakeOverBatch;

    // "WSInbox\0": the advisory lock's kind, seeding the hash of the holder id (see IdentityLock for the scheme).
    private const long InboxLockKind = 0x5753_496E_626F_7800;

    public InboxPosition Start => new(0, 0);

    public string CursorName => Cursor;

    /// <summary>Never: a database that fails is an outage (each webhook is answered 503 and retried), not a damaged log.</summary>
    public bool Faulted => false;

    public void Append(IReadOnlyList<byte[]> bodies, long receivedAtMs)
    {
        ArgumentNullException.ThrowIfNull(bodies);
        Append([.. bodies.Select(b => (b, receivedAtMs))]);
    }

    /// <summary>Adds records accepted at different times, in order, inside the transaction open on this thread (or one of their own).</summary>
    public void Append(IReadOnlyList<(byte[] Body, long ReceivedAtMs)> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        session.Transaction(() => session.Run((c, t) =>
        {
            Insert(c, t, holder.Id, records);
            return 0;
        }));
    }

    public InboxRead Read(InboxPosition from, int max) => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            SELECT seq, received_at_ms, body FROM bridge_inbox WHERE holder = @holder AND seq >= @from ORDER BY seq LIMIT @max
            """, ("holder", holder.Id), ("from", from.Offset), ("max", max));
        using var reader = command.ExecuteReader();
        var records = new List<InboxRecord>();
        var next = from;
        while (reader.Read())
        {
            var seq = reader.GetInt64(0);
            next = new InboxPosition(0, seq + 1);
            records.Add(new InboxRecord(reader.GetFieldValue<byte[]>(2), reader.GetInt64(1)) { At = new InboxPosition(0, seq), Next = next });
        }

        return new InboxRead(records, next);
    });

    public void DeleteBefore(InboxPosition processed) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "DELETE FROM bridge_inbox WHERE holder = @holder AND seq < @seq", ("holder", holder.Id), ("seq", processed.Offset));
        return command.ExecuteNonQuery();
    });

    public long BacklogBytes(InboxPosition processed) => session.Run((c, t) =>
    {
        using var command = Command(c, t, "SELECT coalesce(sum(octet_length(body)), 0)::bigint FROM bridge_inbox WHERE holder = @holder AND seq >= @seq",
            ("holder", holder.Id), ("seq", processed.Offset));
        return (long)command.ExecuteScalar()!;
    });

    /// <summary>
    /// Moves into this bridge's inbox, oldest first, the rows not yet processed of every bridge of the account whose lease
    /// has run out (it died and has not come back); their processed rows are dropped. Processing is idempotent, so a
    /// bridge only slow to renew that still processes a moved row does no harm. Handles at most
    /// <see cref="TakeOverPerPass"/> rows per call; returns the rows moved.
    /// </summary>
    public int TakeOverLapsed()
    {
        var (moved, handled) = (0, 0);
        foreach (var lapsed in LapsedHolders())
        {
            (int Taken, int Moved) batch;
            do
            {
                batch = session.Transaction(() => session.Run((c, t) => MoveBatch(c, t!, lapsed)));
                (moved, handled) = (moved + batch.Moved, handled + batch.Taken);
            }
            while (batch.Taken > 0 && handled < TakeOverPerPass);

            if (handled >= TakeOverPerPass)
            {
                break; // The rest in the next pass.
            }
        }

        return moved;
    }

    private List<string> LapsedHolders() => session.Run((c, t) =>
    {
        using var command = Command(c, t, """
            SELECT h.holder FROM bridge_holders AS h
            WHERE h.account = @account AND h.holder <> @holder AND h.lease_until < now()
              AND EXISTS (SELECT 1 FROM bridge_inbox AS i WHERE i.holder = h.holder)
            """, ("account", account), ("holder", holder.Id));
        using var reader = command.ExecuteReader();
        var holders = new List<string>();
        while (reader.Read())
        {
            holders.Add(reader.GetString(0));
        }

        return holders;
    });

    /// <summary>One batch of <paramref name="lapsed"/>'s rows, in one transaction: gone from its inbox and, unless processed, in this one.</summary>
    private (int Taken, int Moved) MoveBatch(NpgsqlConnection connection, NpgsqlTransaction transaction, string lapsed)
    {
        long processedUpTo;
        using (var cursor = Command(connection, transaction, """SELECT "offset" FROM bridge_cursors WHERE holder = @holder AND name = @name""",
            ("holder", lapsed), ("name", Cursor)))
        {
            processedUpTo = cursor.ExecuteScalar() is long offset ? offset : 0;
        }

        // SKIP LOCKED: two bridges taking over the same dead one split its rows instead of waiting on each other.
        var rows = new List<(long Seq, long ReceivedAtMs, byte[] Body)>();
        using (var select = Command(connection, transaction, """
            SELECT seq, received_at_ms, body FROM bridge_inbox WHERE holder = @holder ORDER BY seq LIMIT @max FOR UPDATE SKIP LOCKED
            """, ("holder", lapsed), ("max", TakeOverBatch)))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetFieldValue<byte[]>(2)));
            }
        }

        if (rows.Count == 0)
        {
            return (0, 0);
        }

        using (var delete = Command(connection, transaction, "DELETE FROM bridge_inbox WHERE holder = @holder AND seq = ANY(@seqs)",
            ("holder", lapsed), ("seqs", rows.Select(r => r.Seq).ToArray())))
        {
            delete.ExecuteNonQuery();
        }

        var unprocessed = rows.Where(r => r.Seq >= processedUpTo).Select(r => (r.Body, r.ReceivedAtMs)).ToList();
        Insert(connection, transaction, holder.Id, unprocessed);
        return (rows.Count, unprocessed.Count);
    }

    /// <summary>Adds <paramref name="bodies"/> to <paramref name="owner"/>'s inbox, in order, under its lock (see the remarks).</summary>
    private void Insert(NpgsqlConnection connection, NpgsqlTransaction? transaction, string owner, IReadOnlyList<(byte[] Body, long ReceivedAtMs)> bodies)
    {
        if (bodies.Count == 0)
        {
            return;
        }

        // The lock, then the numbers, in one round trip (the statements run in order): drawn after the lock, so no row of
        // this inbox drawn earlier can still be uncommitted; sorted, so the batch keeps its order whatever order the
        // server returns them in.
        var numbers = new List<long>(bodies.Count);
        using (var draw = Command(connection, transaction, """
            SELECT pg_advisory_xact_lock(hashtextextended(@owner, @kind));
            SELECT nextval('bridge_inbox_seq') FROM generate_series(1, @n)
            """, ("owner", owner), ("kind", InboxLockKind), ("n", bodies.Count)))
        using (var reader = draw.ExecuteReader())
        {
            reader.NextResult();
            while (reader.Read())
            {
                numbers.Add(reader.GetInt64(0));
            }
        }

        numbers.Sort();
        using var insert = Command(connection, transaction, """
            INSERT INTO bridge_inbox (holder, seq, account, received_at_ms, body)
            SELECT @owner, u.seq, @account, u.received_at_ms, u.body FROM unnest(@seqs, @received, @bodies) AS u(seq, received_at_ms, body)
            """, ("owner", owner), ("account", account), ("seqs", numbers.ToArray()), ("received", bodies.Select(b => b.ReceivedAtMs).ToArray()));
        insert.Parameters.Add(new NpgsqlParameter("bodies", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = bodies.Select(b => b.Body).ToArray() });
        insert.ExecuteNonQuery();
    }
}
