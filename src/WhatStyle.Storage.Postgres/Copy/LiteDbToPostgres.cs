using System.Globalization;
using LiteDB;
using Microsoft.Extensions.Options;
using Npgsql;
using WhatStyle.Tools.Replies.Queue;
using WhatStyle.Storage.Postgres.Stores;
using WhatStyle.Tools.Attention;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Events;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.ReplyLog;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Storage.LiteDb;
using WhatStyle.Tools.Takeovers;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Storage.Postgres.Copy;

/// <summary>
/// Copies a data directory's LiteDB stores into PostgreSQL (<c>whatstyle migrate --to postgres</c>). Each batch is one
/// PostgreSQL transaction that also records how far its store got (<c>copy_progress</c>), so a copy stopped anywhere
/// resumes after its last committed batch. Rows PostgreSQL already has (same id) are kept, never replaced, so running
/// it again, or over a database already in use, adds only what is missing.
/// </summary>
public static class LiteDbToPostgres
{
    /// <summary>The stores in copy order: owners before the keys that point at them.</summary>
    /// <remarks>
    /// LiteDB's mapper reads an empty string back as null (EmptyStringToNull), whatever the property's type says; the
    /// text columns are NOT NULL, so each step turns those nulls back into the empty strings that were written.
    /// </remarks>
    internal static IReadOnlyList<ICopyStep> Steps { get; } =
    [
        new CopyStep<ContactDocument>(LiteContactRepository.Contacts, d => d.Id, async (c, t, docs, ct) =>
        {
            foreach (var doc in docs)
            {
                var record = LiteContactRepository.ToRecord(doc);
                await PostgresContactRepository.InsertAsync(
                    c, t, record with { Contact = record.Contact with { DisplayName = record.Contact.DisplayName ?? "" } }, ct, skipExisting: true).ConfigureAwait(false);
            }
        }),
        new CopyStep<KeyDocument>(LiteContactRepository.Keys, d => d.Id, (c, t, docs, ct) => CopyKeysAsync(c, t, "contact_keys", "contact_id", "contacts", docs, ct)),
        new CopyStep<GroupDocument>(LiteGroupRepository.Groups, d => d.Id, async (c, t, docs, ct) =>
        {
            foreach (var doc in docs)
            {
                await PostgresGroupRepository.InsertAsync(c, t, LiteGroupRepository.ToRecord(doc), ct, skipExisting: true).ConfigureAwait(false);
            }
        }),
        new CopyStep<KeyDocument>(LiteGroupRepository.Keys, d => d.Id, (c, t, docs, ct) => CopyKeysAsync(c, t, "group_keys", "group_id", "groups", docs, ct)),
        new CopyStep<MessageDocument>(LiteMessageRepository.Messages, d => d.Id, (c, t, docs, ct) =>
            PostgresMessageRepository.InsertMessagesAsync(c, t, [.. docs.Select(Message)], ct)),
        new CopyStep<ExchangeDocument>(LiteMessageRepository.Exchanges, d => d.Id, (c, t, docs, ct) =>
            PostgresMessageRepository.UpsertExchangesAsync(
                c, t, [.. docs.Select(Exchange)], ct, replace: false)),
        new CopyStep<ToneDocument>(LiteToneHistory.Collection, d => d.Id, (c, t, docs, ct) =>
            PostgresToneHistory.WriteAsync(c, t, [.. docs.Select(d => new ToneReading(d.Id, d.Sentiment, (Emotion)d.Emotion))], replace: false, ct)),
        new CopyStep<DraftDocument>(LiteDbDraftStore.CollectionName, d => d.Id, async (c, t, docs, ct) =>
        {
            foreach (var doc in docs)
            {
                var draft = doc.ToDraft();
                await PostgresDraftStore.InsertAsync(
                    c, t, draft with { IncomingText = draft.IncomingText ?? "", Contact = draft.Contact ?? "", Chat = draft.Chat ?? "", Source = draft.Source ?? "" }, ct).ConfigureAwait(false);
            }
        }),
        new CopyStep<RetryItem>(LiteDbRetryQueue.CollectionName, d => d.Id, async (c, t, docs, ct) =>
        {
            foreach (var doc in docs)
            {
                await PostgresRetryQueue.InsertAsync(c, t, doc, ct).ConfigureAwait(false);
            }
        }),
        new CopyStep<BsonDocument>(LiteDbStickerHistory.CollectionName, d => d["_id"].AsInt64.ToString(CultureInfo.InvariantCulture), async (c, t, docs, ct) =>
        {
            // In LiteDB's _id order, so the copied uses keep their newest-first order.
            foreach (var doc in docs)
            {
                await PostgresStickerHistory.InsertAsync(c, t, LiteDbStickerHistory.ToUse(doc), doc["_id"].AsInt64, ct).ConfigureAwait(false);
            }
        }, idValue: id => new BsonValue(long.Parse(id, CultureInfo.InvariantCulture))),
        new CopyStep<LiteDbTakeovers.TakeoverDocument>(LiteDbTakeovers.CollectionName, d => d.Id, async (c, t, docs, ct) =>
        {
            foreach (var doc in docs)
            {
                await PostgresTakeovers.InsertAsync(c, t, doc.ToTakeover(), ct).ConfigureAwait(false);
            }
        }),
        new CopyStep<LiteDbReplyLog.ReplyDocument>(LiteDbReplyLog.CollectionName, d => d.Id, async (c, t, docs, ct) =>
        {
            foreach (var doc in docs)
            {
                var reply = doc.ToRecord();
                await PostgresReplyLog.InsertAsync(
                    c, t, reply with { Contact = reply.Contact ?? "", Provider = reply.Provider ?? "" }, takeSending: false, ct).ConfigureAwait(false);
            }
        }),
        new CopyStep<LiteDbUrgentMessages.UrgentDocument>(LiteDbUrgentMessages.CollectionName, d => d.Id, async (c, t, docs, ct) =>
        {
            foreach (var doc in docs)
            {
                await PostgresUrgentMessages.InsertAsync(
                    c, t, new UrgentMessage(doc.Id, doc.Contact ?? "", doc.Chat ?? "", doc.Group, DateTimeOffset.FromUnixTimeMilliseconds(doc.AtMs)), replace: false, ct).ConfigureAwait(false);
            }
        }),
        // Events still waiting in whatstyle.db's outbox: once on PostgreSQL nothing drains that one. In LiteDB's
        // order, so they leave PostgreSQL's outbox in the order they were recorded; an id already copied is skipped.
        new CopyStep<EventOutboxDocument>(LiteEventOutbox.CollectionName, d => d.Seq.ToString(CultureInfo.InvariantCulture), async (c, t, docs, ct) =>
        {
            foreach (var doc in docs)
            {
                await PostgresEventOutbox.AppendAsync(
                    c, t, new OutboxEvent(doc.EventId, doc.Type, DateTimeOffset.FromUnixTimeMilliseconds(doc.TimeMs), doc.Source ?? "", doc.Data ?? "{}"),
                    doc.Attempts, doc.NextAttemptAtMs, doc.LastError, ct).ConfigureAwait(false);
            }
        }, idValue: id => new BsonValue(long.Parse(id, CultureInfo.InvariantCulture))),
    ];

    /// <summary>Copies every store; returns where each ended.</summary>
    /// <param name="source">The data directory's whatstyle.db.</param>
    /// <param name="connectionString">ConnectionStrings:Postgres.</param>
    /// <param name="progress">Told after every batch.</param>
    /// <param name="restart">Forget the checkpoints and read every document again (rows already copied are still kept, not duplicated).</param>
    /// <param name="batchSize">Documents per transaction.</param>
    /// <param name="cancellationToken">Stops after the current batch's transaction commits or rolls back.</param>
    /// <exception cref="StorageException">The connection string is missing or malformed, or the server cannot be used.</exception>
    public static async Task<IReadOnlyList<CopyProgress>> CopyAsync(
        ILiteDatabase source, string? connectionString, IProgress<CopyProgress>? progress = null, bool restart = false, int batchSize = 1000, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var options = new PostgresStorageOptions { ConnectionString = connectionString };
        if (new PostgresStorageOptionsValidator().Validate(null, options) is { Failed: true } invalid)
        {
            throw new StorageException(invalid.FailureMessage);
        }

        await using var database = new PostgresDatabase(Options.Create(options));
        if (restart)
        {
            await database.RunAsync(connection => ExecuteAsync(connection, "DELETE FROM copy_progress"), cancellationToken).ConfigureAwait(false);
        }

        var results = new List<CopyProgress>();
        foreach (var step in Steps)
        {
            results.Add(await CopyStoreAsync(source, database, step, progress, batchSize, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private static async Task<CopyProgress> CopyStoreAsync(
        ILiteDatabase source, PostgresDatabase database, ICopyStep step, IProgress<CopyProgress>? progress, int batchSize, CancellationToken cancellationToken)
    {
        var total = step.Count(source);
        var (after, copied) = await database.RunAsync(connection => ReadCheckpointAsync(connection, step.Store, cancellationToken), cancellationToken).ConfigureAwait(false);
        progress?.Report(new CopyProgress(step.Store, copied, total));
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (count, lastId) = await database.InTransactionAsync(async (connection, transaction) =>
            {
                var batch = await step.CopyBatchAsync(source, connection, transaction, after, batchSize, cancellationToken).ConfigureAwait(false);
                if (batch.Copied > 0)
                {
                    await SaveCheckpointAsync(connection, transaction, step.Store, batch.LastId!, batch.Copied, cancellationToken).ConfigureAwait(false);
                }

                return batch;
            }, cancellationToken).ConfigureAwait(false);
            copied += count;
            after = lastId;
            progress?.Report(new CopyProgress(step.Store, copied, Math.Max(total, copied)));
            if (count < batchSize)
            {
                return new CopyProgress(step.Store, copied, Math.Max(total, copied));
            }
        }
    }

    private static ConversationMessage Message(MessageDocument document)
    {
        var message = LiteMessageRepository.ToMessage(document);
        return message with { Text = message.Text ?? "" };
    }

    private static StoredExchange Exchange(ExchangeDocument document)
    {
        var exchange = LiteMessageRepository.ToExchange(document);
        return exchange with { Incoming = exchange.Incoming ?? "", Reply = exchange.Reply ?? "", Model = exchange.Model ?? "" };
    }

    private static async Task CopyKeysAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string table, string ownerColumn, string owners, IReadOnlyList<KeyDocument> keys, CancellationToken cancellationToken)
    {
        // A key whose owner is missing from LiteDB (never written, or removed) has nothing to point at: skipped.
        await using var command = new NpgsqlCommand($"""
            INSERT INTO {table} (key, {ownerColumn})
            SELECT k, o FROM unnest($1::text[], $2::text[]) AS t (k, o)
            WHERE EXISTS (SELECT 1 FROM {owners} x WHERE x.id = t.o)
            ON CONFLICT (key) DO NOTHING
            """, connection, transaction);
        command.Parameters.AddWithValue(keys.Select(k => k.Id).ToArray());
        command.Parameters.AddWithValue(keys.Select(k => k.OwnerId).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(string? After, long Copied)> ReadCheckpointAsync(NpgsqlConnection connection, string store, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT last_id, copied FROM copy_progress WHERE store = $1", connection);
        command.Parameters.AddWithValue(store);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetString(0), reader.GetInt64(1)) : (null, 0);
    }

    private static async Task SaveCheckpointAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string store, string lastId, int copied, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO copy_progress (store, last_id, copied) VALUES ($1, $2, $3)
            ON CONFLICT (store) DO UPDATE SET last_id = excluded.last_id, copied = copy_progress.copied + excluded.copied
            """, connection, transaction);
        command.Parameters.AddWithValue(store);
        command.Parameters.AddWithValue(lastId);
        command.Parameters.AddWithValue((long)copied);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
