using Microsoft.Extensions.Options;
using Npgsql;
using WhatStyle.Tools.Events;

namespace WhatStyle.Storage.Postgres.Stores;

/// <summary>
/// The domain's event outbox in <c>event_outbox</c>. The PostgreSQL stores call <see cref="RecordAsync{T}"/> inside the
/// transaction that makes their change, so an event is committed with it or not at all. Several processes may drain
/// the same table: <see cref="PendingAsync"/> hands events only to the holder of a lease (<c>event_outbox_lease</c>,
/// on the server's clock), so one process publishes at a time and the order of the events on the bus is kept; a
/// dead holder's lease runs out after <see cref="LeaseSeconds"/> and another process takes over; one that stops
/// gracefully gives it up (<see cref="ReleaseAsync"/>) and the next poll of another process takes over at once.
/// </summary>
internal sealed class PostgresEventOutbox(PostgresDatabase database, IOptions<EventsOptions> options, TimeProvider time) : IEventOutbox
{
    /// <summary>How long a drainer that stopped asking keeps the outbox (the publisher asks every second while it runs).</summary>
    public const int LeaseSeconds = 30;

    private readonly EventsOptions _options = options.Value;

    /// <summary>This process's name in the lease: each outbox instance is a drainer of its own.</summary>
    private readonly string _holder = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    public string Name => $"PostgreSQL {database.Where}";

    /// <summary>Records an event in <paramref name="transaction"/> when a bus will publish it (<see cref="EventsOptions.Enabled"/>).</summary>
    public async Task RecordAsync<T>(NpgsqlConnection connection, NpgsqlTransaction transaction, string type, T data, CancellationToken cancellationToken)
    {
        if (_options.Enabled)
        {
            await AppendAsync(connection, transaction, OutboxEvent.Create(type, _options.Source, data, time.GetUtcNow()), 0, 0, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Inserts an event unless its id is stored (the copy from LiteDB keeps its attempts and retry time).</summary>
    internal static async Task AppendAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, OutboxEvent outboxEvent, int attempts, long nextAttemptAtMs, string? lastError, CancellationToken cancellationToken)
    {
        await using var command = PostgresEventOutboxRows.Command(connection, transaction, outboxEvent, attempts, nextAttemptAtMs, lastError);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<PendingEvent>> PendingAsync(int limit, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return database.InTransactionAsync<IReadOnlyList<PendingEvent>>(async (connection, transaction) =>
        {
            if (!await TakeLeaseAsync(connection, transaction, cancellationToken).ConfigureAwait(false))
            {
                return [];
            }

            await using var command = new NpgsqlCommand("""
                SELECT event_id, type, time_ms, source, data, attempts, next_attempt_at_ms, last_error
                FROM event_outbox ORDER BY seq LIMIT $1
                """, connection, transaction);
            command.Parameters.AddWithValue(limit);
            var pending = new List<PendingEvent>();
            var nowMs = now.ToUnixTimeMilliseconds();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                // Oldest first; an event postponed after a failure holds back the ones behind it, as in LiteDB.
                if (reader.GetInt64(6) > nowMs)
                {
                    break;
                }

                pending.Add(new PendingEvent(
                    new OutboxEvent(reader.GetString(0), reader.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)), reader.GetString(3), reader.GetString(4)),
                    reader.GetInt32(5),
                    reader.IsDBNull(7) ? null : reader.GetString(7)));
            }

            return pending;
        }, cancellationToken);
    }

    public Task MarkPublishedAsync(string id, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM event_outbox WHERE event_id = $1", cancellationToken, id);

    public Task PostponeAsync(string id, DateTimeOffset retryAt, string error, CancellationToken cancellationToken = default) =>
        ExecuteAsync(
            "UPDATE event_outbox SET attempts = attempts + 1, next_attempt_at_ms = $2, last_error = $3 WHERE event_id = $1",
            cancellationToken, id, retryAt.ToUnixTimeMilliseconds(), error);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM event_outbox", connection);
            return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }, cancellationToken);

    /// <summary>Drops the drain lease if this process holds it (at shutdown), so the next process to poll drains at once.</summary>
    public Task ReleaseAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM event_outbox_lease WHERE holder = $1", cancellationToken, _holder);

    /// <summary>Takes or renews the drain lease; false while another process holds an unexpired one.</summary>
    private async Task<bool> TakeLeaseAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            INSERT INTO event_outbox_lease (id, holder, until) VALUES (1, $1, clock_timestamp() + interval '{LeaseSeconds} seconds')
            ON CONFLICT (id) DO UPDATE SET holder = excluded.holder, until = excluded.until
            WHERE event_outbox_lease.holder = excluded.holder OR event_outbox_lease.until < clock_timestamp()
            """, connection, transaction);
        command.Parameters.AddWithValue(_holder);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private Task ExecuteAsync(string sql, CancellationToken cancellationToken, params object[] arguments) =>
        database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand(sql, connection);
            foreach (var argument in arguments)
            {
                command.Parameters.AddWithValue(argument);
            }

            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
}
