using Npgsql;
using WhatStyle.Tools.Replies.Queue;

namespace WhatStyle.Storage.Postgres.Stores;

/// <summary>The agent's retry queue in <c>reply_retries</c>: the item as jsonb, its status and time as columns to filter and sort on.</summary>
internal sealed class PostgresRetryQueue(PostgresDatabase database) : IRetryQueue
{
    public Task EnqueueAsync(RetryItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return WriteAsync(item, """
            INSERT INTO reply_retries (id, status, enqueued_at_ms, item) VALUES ($1, $2, $3, $4::jsonb)
            ON CONFLICT (id) DO UPDATE SET status = excluded.status, enqueued_at_ms = excluded.enqueued_at_ms, item = excluded.item
            """, cancellationToken);
    }

    public Task<IReadOnlyList<RetryItem>> ListAsync(bool includeDone = false, CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<RetryItem>>(async connection =>
        {
            await using var command = new NpgsqlCommand(
                "SELECT item::text FROM reply_retries WHERE $1 OR status = $2 ORDER BY enqueued_at_ms DESC, id", connection);
            command.Parameters.AddWithValue(includeDone);
            command.Parameters.AddWithValue(nameof(RetryStatus.Pending));
            var items = new List<RetryItem>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(StoreJson.Read<RetryItem>(reader.GetString(0)));
            }

            return items;
        }, cancellationToken);

    /// <summary>Replaces a stored item; an item that was never enqueued stays absent (as with LiteDB's update).</summary>
    public Task UpdateAsync(RetryItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        return WriteAsync(item, "UPDATE reply_retries SET status = $2, enqueued_at_ms = $3, item = $4::jsonb WHERE id = $1", cancellationToken);
    }

    /// <summary>Inserts an item unless its id is stored (the copy from LiteDB).</summary>
    internal static Task<int> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, RetryItem item, CancellationToken cancellationToken) =>
        WriteAsync(connection, transaction, item, "INSERT INTO reply_retries (id, status, enqueued_at_ms, item) VALUES ($1, $2, $3, $4::jsonb) ON CONFLICT (id) DO NOTHING", cancellationToken);

    private Task WriteAsync(RetryItem item, string sql, CancellationToken cancellationToken) =>
        database.RunAsync(connection => WriteAsync(connection, null, item, sql, cancellationToken), cancellationToken);

    private static async Task<int> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, RetryItem item, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue(item.Id);
        command.Parameters.AddWithValue(item.Status.ToString());
        command.Parameters.AddWithValue(item.EnqueuedAt.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue(StoreJson.Write(item));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
