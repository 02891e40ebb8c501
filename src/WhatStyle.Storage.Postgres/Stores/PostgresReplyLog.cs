using Npgsql;
using NpgsqlTypes;
using WhatStyle.Tools.ReplyLog;

namespace WhatStyle.Storage.Postgres.Stores;

/// <summary>
/// <see cref="IReplyLog"/> in <c>replies</c>, keyed by reply id. One statement per write: two processes recording the
/// same reply keep the first writing, and the first sending wins, as in LiteDB.
/// </summary>
internal sealed class PostgresReplyLog(PostgresDatabase database) : IReplyLog
{
    public Task RecordAsync(ReplyRecord reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentException.ThrowIfNullOrWhiteSpace(reply.Id);
        return database.RunAsync(connection => InsertAsync(connection, null, reply, takeSending: true, cancellationToken), cancellationToken);
    }

    public Task MarkSentAsync(ReplyRecord written, string sentBy, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentException.ThrowIfNullOrWhiteSpace(sentBy);
        return RecordAsync(written with { SentBy = sentBy, SentAt = sentAt }, cancellationToken);
    }

    public Task<IReadOnlyList<ReplyRecord>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<ReplyRecord>>(async connection =>
        {
            await using var command = new NpgsqlCommand("""
                SELECT id, contact, written_ms, provider, fallback, calls, failed_calls, sent_by, sent_ms
                FROM replies WHERE written_ms >= $1 ORDER BY written_ms, id
                """, connection);
            command.Parameters.AddWithValue(since?.ToUnixTimeMilliseconds() ?? long.MinValue);
            var replies = new List<ReplyRecord>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                replies.Add(new ReplyRecord
                {
                    Id = reader.GetString(0),
                    Contact = reader.GetString(1),
                    WrittenAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(2)),
                    Provider = reader.GetString(3),
                    Fallback = reader.GetBoolean(4),
                    Calls = reader.GetInt32(5),
                    FailedCalls = reader.GetInt32(6),
                    SentBy = reader.IsDBNull(7) ? null : reader.GetString(7),
                    SentAt = reader.IsDBNull(8) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(8)),
                });
            }

            return replies;
        }, cancellationToken);

    /// <summary>
    /// Inserts a reply; a stored one keeps its writing and, with <paramref name="takeSending"/>, takes a sending it lacks.
    /// The copy from LiteDB passes false: what PostgreSQL already has is kept as it is.
    /// </summary>
    internal static async Task<int> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, ReplyRecord reply, bool takeSending, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            INSERT INTO replies (id, contact, written_ms, provider, fallback, calls, failed_calls, sent_by, sent_ms)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (id) DO {(takeSending
                ? "UPDATE SET sent_by = excluded.sent_by, sent_ms = excluded.sent_ms WHERE replies.sent_by IS NULL AND excluded.sent_by IS NOT NULL"
                : "NOTHING")}
            """, connection, transaction);
        command.Parameters.AddWithValue(reply.Id);
        command.Parameters.AddWithValue(reply.Contact);
        command.Parameters.AddWithValue(reply.WrittenAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue(reply.Provider);
        command.Parameters.AddWithValue(reply.Fallback);
        command.Parameters.AddWithValue(reply.Calls);
        command.Parameters.AddWithValue(reply.FailedCalls);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)reply.SentBy ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter
        {
            Value = reply.SentBy is null ? DBNull.Value : (reply.SentAt ?? reply.WrittenAt).ToUnixTimeMilliseconds(),
            NpgsqlDbType = NpgsqlDbType.Bigint,
        });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
