using Npgsql;
using WhatStyle.Tools.Takeovers;

namespace WhatStyle.Storage.Postgres.Stores;

/// <summary>The chats the owner took over, in <c>takeovers</c> keyed by contact id: every process sees the same set.</summary>
internal sealed class PostgresTakeovers(PostgresDatabase database, TimeProvider time) : ITakeovers
{
    public async Task<Takeover> TakeOverAsync(string contactId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        var kept = await database.RunAsync<Takeover?>(async connection =>
        {
            // One statement: two processes taking the same chat over at once keep the first time, as a second call does.
            await using var command = new NpgsqlCommand("""
                WITH added AS (
                    INSERT INTO takeovers (contact_id, since_ms) VALUES ($1, $2) ON CONFLICT (contact_id) DO NOTHING RETURNING since_ms)
                SELECT since_ms FROM added UNION ALL SELECT since_ms FROM takeovers WHERE contact_id = $1 LIMIT 1
                """, connection);
            command.Parameters.AddWithValue(contactId);
            command.Parameters.AddWithValue(time.GetUtcNow().ToUnixTimeMilliseconds());
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long sinceMs
                ? new Takeover(contactId, DateTimeOffset.FromUnixTimeMilliseconds(sinceMs))
                : null;
        }, cancellationToken).ConfigureAwait(false);

        // Null only when another process inserted the row after this statement's snapshot: it is committed now.
        return kept ?? (await FindAsync(contactId, cancellationToken).ConfigureAwait(false))!;
    }

    public Task<bool> HandBackAsync(string contactId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        return database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("DELETE FROM takeovers WHERE contact_id = $1", connection);
            command.Parameters.AddWithValue(contactId);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;
        }, cancellationToken);
    }

    public async Task<Takeover?> FindAsync(string contactId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        return (await ReadAsync("SELECT contact_id, since_ms FROM takeovers WHERE contact_id = $1", contactId, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<Takeover>> ListAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync("SELECT contact_id, since_ms FROM takeovers ORDER BY contact_id", null, cancellationToken).ConfigureAwait(false);

    /// <summary>Inserts a takeover unless its chat is stored (the copy from LiteDB).</summary>
    internal static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Takeover takeover, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO takeovers (contact_id, since_ms) VALUES ($1, $2) ON CONFLICT (contact_id) DO NOTHING", connection, transaction);
        command.Parameters.AddWithValue(takeover.ContactId);
        command.Parameters.AddWithValue(takeover.Since.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private Task<List<Takeover>> ReadAsync(string sql, string? contactId, CancellationToken cancellationToken) =>
        database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            if (contactId is not null)
            {
                command.Parameters.AddWithValue(contactId);
            }

            var takeovers = new List<Takeover>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                takeovers.Add(new Takeover(reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1))));
            }

            return takeovers;
        }, cancellationToken);
}
