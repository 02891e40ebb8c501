using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Events;

namespace WhatStyle.Storage.Postgres.Stores;

/// <summary>
/// <see cref="IDraftStore"/> in <c>drafts</c>. A decision locks its row (<c>FOR UPDATE</c>), so two processes deciding
/// the same draft cannot both see it pending: one wins, the other gets the "already decided" error.
/// </summary>
internal sealed class PostgresDraftStore(PostgresDatabase database, TimeProvider time, PostgresEventOutbox events) : IDraftStore
{
    private const string Columns =
        "id, contact, chat, group_id, in_reply_to, incoming_text, text, sticker_path, source, provider, crisis, status, edited, created_at_ms, updated_at_ms";

    public Task<bool> AddAsync(Draft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(draft.Id);
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            if (await InsertAsync(connection, transaction, draft, cancellationToken).ConfigureAwait(false) != 1)
            {
                return false;
            }

            await events.RecordAsync(
                connection, transaction, EventTypes.DraftCreated,
                new DraftCreatedData(draft.Id, draft.Contact, draft.Chat, draft.Group, draft.Source, draft.CreatedAt), cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    /// <summary>Inserts a draft unless its id is stored; returns the rows inserted (0 or 1).</summary>
    internal static async Task<int> InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, Draft draft, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"INSERT INTO drafts ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) ON CONFLICT (id) DO NOTHING",
            connection, transaction);
        command.Parameters.AddWithValue(draft.Id);
        command.Parameters.AddWithValue(draft.Contact);
        command.Parameters.AddWithValue(draft.Chat);
        AddNullable(command, draft.Group);
        AddNullable(command, draft.InReplyTo);
        command.Parameters.AddWithValue(draft.IncomingText);
        command.Parameters.AddWithValue(draft.Text);
        AddNullable(command, draft.StickerPath);
        command.Parameters.AddWithValue(draft.Source);
        AddNullable(command, draft.Provider);
        AddNullable(command, draft.Crisis);
        command.Parameters.AddWithValue(draft.Status.ToString());
        command.Parameters.AddWithValue(draft.Edited);
        command.Parameters.AddWithValue(draft.CreatedAt.ToUnixTimeMilliseconds());
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)draft.UpdatedAt?.ToUnixTimeMilliseconds() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<Draft?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return database.RunAsync(connection => ReadOneAsync(connection, null, id, forUpdate: false, cancellationToken), cancellationToken);
    }

    public Task<IReadOnlyList<Draft>> ListAsync(DraftStatus? status = null, CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<Draft>>(async connection =>
        {
            await using var command = new NpgsqlCommand(
                $"SELECT {Columns} FROM drafts WHERE $1::text IS NULL OR status = $1 ORDER BY created_at_ms, id", connection);
            AddNullable(command, status?.ToString());
            var drafts = new List<Draft>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                drafts.Add(ToDraft(reader));
            }

            return drafts;
        }, cancellationToken);

    public Task<Draft> ApproveAsync(string id, string? editedText = null, CancellationToken cancellationToken = default)
    {
        if (editedText is not null && string.IsNullOrWhiteSpace(editedText))
        {
            throw new ArgumentException("The edited text is empty.", nameof(editedText));
        }

        return DecideAsync(id, DraftStatus.Approved, editedText, cancellationToken);
    }

    public Task<Draft> RejectAsync(string id, CancellationToken cancellationToken = default) =>
        DecideAsync(id, DraftStatus.Rejected, editedText: null, cancellationToken);

    public Task<Draft> WithdrawAsync(string id, CancellationToken cancellationToken = default) =>
        DecideAsync(id, DraftStatus.Withdrawn, editedText: null, cancellationToken);

    public Task MarkSentAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            var draft = await ReadOneAsync(connection, transaction, id, forUpdate: true, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"No draft with id '{id}'.");
            if (draft.Status == DraftStatus.Sent)
            {
                return 0;
            }

            if (draft.Status != DraftStatus.Approved)
            {
                throw new InvalidOperationException($"Draft '{id}' is {draft.Status.ToString().ToLowerInvariant()}, not approved.");
            }

            await WriteDecisionAsync(connection, transaction, draft with { Status = DraftStatus.Sent, UpdatedAt = Now() }, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken);
    }

    private Task<Draft> DecideAsync(string id, DraftStatus status, string? editedText, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            var draft = await ReadOneAsync(connection, transaction, id, forUpdate: true, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"No draft with id '{id}'.");
            if (draft.Status != DraftStatus.Pending)
            {
                throw new InvalidOperationException($"Draft '{id}' is already {draft.Status.ToString().ToLowerInvariant()}.");
            }

            var decided = draft with
            {
                Status = status,
                Edited = editedText is not null && !string.Equals(editedText, draft.Text, StringComparison.Ordinal),
                Text = editedText ?? draft.Text,
                UpdatedAt = Now(),
            };
            await WriteDecisionAsync(connection, transaction, decided, cancellationToken).ConfigureAwait(false);
            return decided;
        }, cancellationToken);
    }

    // Milliseconds, as stored: the draft returned equals the draft read back later.
    private DateTimeOffset Now() => DateTimeOffset.FromUnixTimeMilliseconds(time.GetUtcNow().ToUnixTimeMilliseconds());

    private static async Task WriteDecisionAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Draft draft, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("UPDATE drafts SET status = $2, edited = $3, text = $4, updated_at_ms = $5 WHERE id = $1", connection, transaction);
        command.Parameters.AddWithValue(draft.Id);
        command.Parameters.AddWithValue(draft.Status.ToString());
        command.Parameters.AddWithValue(draft.Edited);
        command.Parameters.AddWithValue(draft.Text);
        command.Parameters.AddWithValue(draft.UpdatedAt!.Value.ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<Draft?> ReadOneAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string id, bool forUpdate, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {Columns} FROM drafts WHERE id = $1{(forUpdate ? " FOR UPDATE" : "")}", connection, transaction);
        command.Parameters.AddWithValue(id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ToDraft(reader) : null;
    }

    private static void AddNullable(NpgsqlCommand command, string? value) =>
        command.Parameters.Add(new NpgsqlParameter { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });

    private static Draft ToDraft(DbDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Contact = reader.GetString(1),
        Chat = reader.GetString(2),
        Group = NullableString(reader, 3),
        InReplyTo = NullableString(reader, 4),
        IncomingText = reader.GetString(5),
        Text = reader.GetString(6),
        StickerPath = NullableString(reader, 7),
        Source = reader.GetString(8),
        Provider = NullableString(reader, 9),
        Crisis = NullableString(reader, 10),
        Status = Enum.Parse<DraftStatus>(reader.GetString(11)),
        Edited = reader.GetBoolean(12),
        CreatedAt = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(13)),
        UpdatedAt = reader.IsDBNull(14) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(14)),
    };

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
