using Npgsql;
using NpgsqlTypes;
using WhatStyle.Tools.Attention;

namespace WhatStyle.Storage.Postgres.Stores;

/// <summary><see cref="IUrgentMessages"/> in <c>urgent</c>, keyed by message id: a replay after a crash stores nothing new.</summary>
internal sealed class PostgresUrgentMessages(PostgresDatabase database) : IUrgentMessages
{
    public Task AddAsync(UrgentMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.MessageId);
        return database.RunAsync(connection => InsertAsync(connection, null, message, replace: true, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<UrgentMessage>> ListAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<UrgentMessage>>(async connection =>
        {
            await using var command = new NpgsqlCommand(
                "SELECT message_id, contact, chat, group_id, at_ms FROM urgent WHERE at_ms >= $1 ORDER BY at_ms DESC, message_id", connection);
            command.Parameters.AddWithValue(since.ToUnixTimeMilliseconds());
            var marks = new List<UrgentMessage>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                marks.Add(new UrgentMessage(
                    reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3),
                    DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4))));
            }

            return marks;
        }, cancellationToken);

    /// <summary>Stores a mark, replacing a stored one (as LiteDB's upsert) or, for the copy from LiteDB, leaving it.</summary>
    internal static async Task<int> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, UrgentMessage message, bool replace, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"""
            INSERT INTO urgent (message_id, contact, chat, group_id, at_ms) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (message_id) DO {(replace
                ? "UPDATE SET contact = excluded.contact, chat = excluded.chat, group_id = excluded.group_id, at_ms = excluded.at_ms"
                : "NOTHING")}
            """, connection, transaction);
        command.Parameters.AddWithValue(message.MessageId);
        command.Parameters.AddWithValue(message.Contact);
        command.Parameters.AddWithValue(message.Chat);
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)message.Group ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.AddWithValue(message.At.ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
