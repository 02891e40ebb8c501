using Npgsql;
using NpgsqlTypes;
using WhatStyle.Tools.Events;

namespace WhatStyle.Storage.Postgres.Stores;

/// <summary>
/// How an event is written into <c>event_outbox</c>, in one place: the domain's stores (<see cref="PostgresEventOutbox"/>,
/// asynchronously) and the WhatsApp bridge's state (synchronously, inside its thread-bound transaction) both append
/// through this, so the bridge's events are drained and published with the domain's.
/// </summary>
public static class PostgresEventOutboxRows
{
    internal const string Insert = """
        INSERT INTO event_outbox (event_id, type, time_ms, source, data, attempts, next_attempt_at_ms, last_error)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (event_id) DO NOTHING
        """;

    /// <summary>Appends a new event in <paramref name="transaction"/> (the change it reports): committed with it or not at all.</summary>
    public static void Append(NpgsqlConnection connection, NpgsqlTransaction? transaction, OutboxEvent outboxEvent)
    {
        ArgumentNullException.ThrowIfNull(outboxEvent);
        using var command = Command(connection, transaction, outboxEvent, 0, 0, null);
        command.ExecuteNonQuery();
    }

    internal static NpgsqlCommand Command(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, OutboxEvent outboxEvent, int attempts, long nextAttemptAtMs, string? lastError)
    {
        var command = new NpgsqlCommand(Insert, connection, transaction);
        command.Parameters.AddWithValue(outboxEvent.Id);
        command.Parameters.AddWithValue(outboxEvent.Type);
        command.Parameters.AddWithValue(outboxEvent.Time.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue(outboxEvent.Source);
        command.Parameters.AddWithValue(outboxEvent.Data);
        command.Parameters.AddWithValue(attempts);
        command.Parameters.AddWithValue(nextAttemptAtMs);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)lastError ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        return command;
    }
}
