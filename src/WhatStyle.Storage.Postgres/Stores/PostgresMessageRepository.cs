using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Storage.LiteDb;

namespace WhatStyle.Storage.Postgres.Stores;

/// <summary>
/// Messages and exchanges. A conversation's messages are read through the index (conversation, unix_ms, id), so
/// "the newest N before T" is an index walk, not a sort of the chat.
/// </summary>
internal sealed class PostgresMessageRepository(PostgresDatabase database) : IMessageRepository
{
    private const string MessageColumns = "id, contact_id, group_id, direction, text, unix_ms, offset_minutes, written_by_whatstyle";
    private const string ExchangeColumns = "id, conversation, incoming, reply, unix_ms, offset_minutes, vector, model";

    public Task<IReadOnlySet<string>> FindExistingAsync(IReadOnlyList<ConversationMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return database.RunAsync<IReadOnlySet<string>>(async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT id FROM messages WHERE id = ANY($1)", connection);
            command.Parameters.AddWithValue(messages.Select(m => m.Id).Distinct(StringComparer.Ordinal).ToArray());
            return await ReadIdsAsync(command, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ConversationMessage>> AddNewAsync(IReadOnlyList<ConversationMessage> messages, IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(exchanges);
        // The first of several messages with one id is the one stored, as in LiteDB.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var candidates = messages.Where(m => seen.Add(m.Id)).ToList();
        return database.InTransactionAsync<IReadOnlyList<ConversationMessage>>(async (connection, transaction) =>
        {
            var inserted = await InsertMessagesAsync(connection, transaction, candidates, cancellationToken).ConfigureAwait(false);
            await UpsertExchangesAsync(connection, transaction, exchanges, cancellationToken).ConfigureAwait(false);
            return candidates.Where(m => inserted.Contains(m.Id)).ToList();
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ConversationMessage>> RecentAsync(string conversationKey, int limit, DateTimeOffset? before = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return database.RunAsync<IReadOnlyList<ConversationMessage>>(async connection =>
        {
            await using var command = new NpgsqlCommand($"""
                SELECT {MessageColumns} FROM messages
                WHERE conversation = $1 AND ($2::bigint IS NULL OR unix_ms < $2)
                ORDER BY unix_ms DESC, id DESC
                LIMIT $3
                """, connection);
            command.Parameters.AddWithValue(conversationKey);
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)before?.ToUnixTimeMilliseconds() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
            command.Parameters.AddWithValue(limit);
            var newestFirst = await ReadMessagesAsync(command, cancellationToken).ConfigureAwait(false);
            newestFirst.Reverse();
            return newestFirst;
        }, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, ConversationMessage>> LatestAsync(IReadOnlyCollection<string> conversationKeys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationKeys);
        return database.RunAsync<IReadOnlyDictionary<string, ConversationMessage>>(async connection =>
        {
            await using var command = new NpgsqlCommand($"""
                SELECT DISTINCT ON (conversation) {MessageColumns}, conversation FROM messages
                WHERE conversation = ANY($1)
                ORDER BY conversation, unix_ms DESC, id DESC
                """, connection);
            command.Parameters.AddWithValue(conversationKeys.Distinct(StringComparer.Ordinal).ToArray());
            var latest = new Dictionary<string, ConversationMessage>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                latest[reader.GetString(8)] = ToMessage(reader);
            }

            return latest;
        }, cancellationToken);
    }

    public Task<int> CountAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        database.RunAsync(async connection =>
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM messages WHERE conversation = $1", connection);
            command.Parameters.AddWithValue(conversationKey);
            return (int)(long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }, cancellationToken);

    public Task<IReadOnlyList<ConversationMessage>> SearchAsync(string conversationKey, string text, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Matched with the domain's own folding (case, accents, width) rather than SQL's ILIKE, so both providers find
        // the same messages; the rows stream newest first and reading stops at the limit.
        var needle = ContactIdentity.Fold(text);
        return database.RunAsync<IReadOnlyList<ConversationMessage>>(async connection =>
        {
            var found = new List<ConversationMessage>();
            if (limit <= 0)
            {
                return found;
            }

            await using var command = new NpgsqlCommand($"SELECT {MessageColumns} FROM messages WHERE conversation = $1 ORDER BY unix_ms DESC, id DESC", connection);
            command.Parameters.AddWithValue(conversationKey);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (found.Count < limit && await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                if (ContactIdentity.Fold(reader.GetString(4)).Contains(needle, StringComparison.Ordinal))
                {
                    found.Add(ToMessage(reader));
                }
            }

            return found;
        }, cancellationToken);
    }

    public Task SaveExchangesAsync(IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        return exchanges.Count == 0
            ? Task.CompletedTask
            : database.InTransactionAsync(async (connection, transaction) =>
            {
                await UpsertExchangesAsync(connection, transaction, exchanges, cancellationToken).ConfigureAwait(false);
                return 0;
            }, cancellationToken);
    }

    public Task<IReadOnlyList<StoredExchange>> ExchangesAsync(string conversationKey, CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<StoredExchange>>(async connection =>
        {
            await using var command = new NpgsqlCommand($"SELECT {ExchangeColumns} FROM exchanges WHERE conversation = $1 ORDER BY id", connection);
            command.Parameters.AddWithValue(conversationKey);
            return await ReadExchangesAsync(command, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<StoredExchange>> ShortRepliesAsync(int maxReplyLength, CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<StoredExchange>>(async connection =>
        {
            await using var command = new NpgsqlCommand($"SELECT {ExchangeColumns} FROM exchanges WHERE char_length(reply) <= $1 ORDER BY id", connection);
            command.Parameters.AddWithValue(maxReplyLength);
            return await ReadExchangesAsync(command, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    private static async Task<IReadOnlyList<StoredExchange>> ReadExchangesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var exchanges = new List<StoredExchange>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            exchanges.Add(new StoredExchange(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                FromUnix(reader.GetInt64(4), reader.GetInt32(5)),
                VectorCodec.Decode(reader.GetFieldValue<byte[]>(6)),
                reader.GetString(7)));
        }

        return exchanges;
    }

    public Task<IReadOnlyList<ConversationEmbeddings>> CountEmbeddedAsync(string model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        return database.RunAsync<IReadOnlyList<ConversationEmbeddings>>(async connection =>
        {
            await using var command = new NpgsqlCommand(
                "SELECT conversation, count(*), count(*) FILTER (WHERE model = $1) FROM exchanges GROUP BY conversation", connection);
            command.Parameters.AddWithValue(model);
            var counts = new List<ConversationEmbeddings>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                counts.Add(new ConversationEmbeddings(reader.GetString(0), (int)reader.GetInt64(1), (int)reader.GetInt64(2)));
            }

            return counts;
        }, cancellationToken);
    }

    public Task<int> UpdateVectorsAsync(IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(exchanges);
        if (exchanges.Count == 0)
        {
            return Task.FromResult(0);
        }

        var rows = exchanges.GroupBy(x => x.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        return database.RunAsync(async connection =>
        {
            // Only while the incoming text is still the one embedded: a later write of the exchange wins.
            await using var command = new NpgsqlCommand("""
                UPDATE exchanges AS x SET vector = u.vector, model = u.model
                FROM unnest($1::text[], $2::text[], $3::bytea[], $4::text[]) AS u(id, incoming, vector, model)
                WHERE x.id = u.id AND x.incoming = u.incoming
                """, connection);
            command.Parameters.AddWithValue(rows.Select(x => x.Id).ToArray());
            command.Parameters.AddWithValue(rows.Select(x => x.Incoming).ToArray());
            command.Parameters.AddWithValue(rows.Select(x => VectorCodec.Encode(x.Vector.Span)).ToArray());
            command.Parameters.AddWithValue(rows.Select(x => x.Model).ToArray());
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>Inserts the messages whose ids are not stored yet (ids distinct within the list); returns the ids inserted.</summary>
    internal static async Task<HashSet<string>> InsertMessagesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<ConversationMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return [];
        }

        await using var command = new NpgsqlCommand($"""
            INSERT INTO messages ({MessageColumns}, conversation)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::smallint[], $5::text[], $6::bigint[], $7::integer[], $8::boolean[], $9::text[])
            ON CONFLICT (id) DO NOTHING
            RETURNING id
            """, connection, transaction);
        command.Parameters.AddWithValue(messages.Select(m => m.Id).ToArray());
        command.Parameters.AddWithValue(messages.Select(m => m.ContactId).ToArray());
        command.Parameters.Add(new NpgsqlParameter { Value = messages.Select(m => m.GroupId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.AddWithValue(messages.Select(m => (short)m.Direction).ToArray());
        command.Parameters.AddWithValue(messages.Select(m => m.Text).ToArray());
        command.Parameters.AddWithValue(messages.Select(m => m.Timestamp.ToUnixTimeMilliseconds()).ToArray());
        command.Parameters.AddWithValue(messages.Select(m => (int)m.Timestamp.Offset.TotalMinutes).ToArray());
        command.Parameters.AddWithValue(messages.Select(m => m.WrittenByWhatStyle).ToArray());
        command.Parameters.AddWithValue(messages.Select(ConversationKeys.For).ToArray());
        return await ReadIdsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts exchanges, replacing stored ones by id, or (<paramref name="replace"/> false: the copy from LiteDB) leaving them.</summary>
    internal static async Task UpsertExchangesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<StoredExchange> exchanges, CancellationToken cancellationToken, bool replace = true)
    {
        if (exchanges.Count == 0)
        {
            return;
        }

        // The last of several exchanges with one id wins, as with LiteDB's upsert in order; one statement may not
        // touch a row twice.
        var rows = exchanges.GroupBy(x => x.Id, StringComparer.Ordinal).Select(g => g.Last()).ToList();
        await using var command = new NpgsqlCommand($"""
            INSERT INTO exchanges ({ExchangeColumns})
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::integer[], $7::bytea[], $8::text[])
            ON CONFLICT (id) DO {(replace ? """
                UPDATE SET conversation = excluded.conversation, incoming = excluded.incoming, reply = excluded.reply,
                unix_ms = excluded.unix_ms, offset_minutes = excluded.offset_minutes, vector = excluded.vector, model = excluded.model
                """ : "NOTHING")}
            """, connection, transaction);
        command.Parameters.AddWithValue(rows.Select(x => x.Id).ToArray());
        command.Parameters.AddWithValue(rows.Select(x => x.ConversationKey).ToArray());
        command.Parameters.AddWithValue(rows.Select(x => x.Incoming).ToArray());
        command.Parameters.AddWithValue(rows.Select(x => x.Reply).ToArray());
        command.Parameters.AddWithValue(rows.Select(x => x.Timestamp.ToUnixTimeMilliseconds()).ToArray());
        command.Parameters.AddWithValue(rows.Select(x => (int)x.Timestamp.Offset.TotalMinutes).ToArray());
        command.Parameters.AddWithValue(rows.Select(x => VectorCodec.Encode(x.Vector.Span)).ToArray());
        command.Parameters.AddWithValue(rows.Select(x => x.Model).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<HashSet<string>> ReadIdsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task<List<ConversationMessage>> ReadMessagesAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var messages = new List<ConversationMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            messages.Add(ToMessage(reader));
        }

        return messages;
    }

    private static ConversationMessage ToMessage(DbDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        (MessageDirection)reader.GetInt16(3),
        reader.GetString(4),
        FromUnix(reader.GetInt64(5), reader.GetInt32(6)),
        reader.GetBoolean(7));

    private static DateTimeOffset FromUnix(long unixMs, int offsetMinutes) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMs).ToOffset(TimeSpan.FromMinutes(offsetMinutes));
}
