using Npgsql;
using WhatStyle.Tools.Stickers;

namespace WhatStyle.Storage.Postgres.Stores;

/// <summary>The stickers sent to each contact, in <c>sticker_uses</c>; newest first by id, as in LiteDB, whatever the clock did.</summary>
internal sealed class PostgresStickerHistory(PostgresDatabase database) : IStickerHistory
{
    public Task RecordAsync(StickerUse use, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(use);
        ArgumentException.ThrowIfNullOrWhiteSpace(use.ContactId);
        ArgumentException.ThrowIfNullOrWhiteSpace(use.StickerId);
        return database.RunAsync(connection => InsertAsync(connection, null, use, liteId: null, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<StickerUse>> RecentAsync(string contactId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        return database.RunAsync<IReadOnlyList<StickerUse>>(async connection =>
        {
            await using var command = new NpgsqlCommand(
                "SELECT sticker_id, sent_at_ms FROM sticker_uses WHERE contact_id = $1 ORDER BY id DESC LIMIT $2", connection);
            command.Parameters.AddWithValue(contactId);
            command.Parameters.AddWithValue(limit);
            var uses = new List<StickerUse>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                uses.Add(new StickerUse(contactId, reader.GetString(0), DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1))));
            }

            return uses;
        }, cancellationToken);
    }

    /// <summary>Inserts a use; one copied from LiteDB carries its LiteDB id and is skipped when already copied.</summary>
    internal static async Task<int> InsertAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, StickerUse use, long? liteId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO sticker_uses (contact_id, sticker_id, sent_at_ms, lite_id) VALUES ($1, $2, $3, $4) ON CONFLICT (lite_id) DO NOTHING
            """, connection, transaction);
        command.Parameters.AddWithValue(use.ContactId);
        command.Parameters.AddWithValue(use.StickerId);
        command.Parameters.AddWithValue(use.SentAt.ToUnixTimeMilliseconds());
        command.Parameters.Add(new NpgsqlParameter { Value = liteId is { } id ? id : DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
