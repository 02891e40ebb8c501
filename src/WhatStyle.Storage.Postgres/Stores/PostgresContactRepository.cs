using Npgsql;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Style;
using WhatStyle.Tools.Events;

namespace WhatStyle.Storage.Postgres.Stores;

/// <summary>
/// Contacts in <c>contacts</c>; <c>contact_keys</c> maps each identity key to its one owner (its primary key). Creating
/// or changing a contact records <c>profile_updated</c> in the same transaction.
/// </summary>
internal sealed class PostgresContactRepository(PostgresDatabase database, PostgresEventOutbox events) : IContactRepository
{
    private const string Columns = "c.id, c.display_name, c.aliases, c.phone_numbers, c.whatsapp_ids, c.settings::text, c.style::text";

    public Task<ContactRecord?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        database.RunAsync(connection => ReadOneAsync(connection, null, $"SELECT {Columns} FROM contacts c WHERE c.id = $1", id, cancellationToken), cancellationToken);

    public Task<ContactRecord?> FindByKeyAsync(string key, CancellationToken cancellationToken = default) =>
        database.RunAsync(connection => ReadOneAsync(
            connection, null, $"SELECT {Columns} FROM contact_keys k JOIN contacts c ON c.id = k.contact_id WHERE k.key = $1", key, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<ContactRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<ContactRecord>>(async connection =>
        {
            await using var command = new NpgsqlCommand($"SELECT {Columns} FROM contacts c ORDER BY c.id", connection);
            return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<ContactRecord> GetOrAddAsync(ContactRecord candidate, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(keys);
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            await IdentityLock.TakeAsync(connection, transaction, IdentityLock.ContactKeys, keys, cancellationToken).ConfigureAwait(false);
            // In the caller's key order: the first key that has an owner decides, as in LiteDB.
            foreach (var key in keys)
            {
                var owner = await ReadOneAsync(
                    connection, transaction, $"SELECT {Columns} FROM contact_keys k JOIN contacts c ON c.id = k.contact_id WHERE k.key = $1", key, cancellationToken).ConfigureAwait(false);
                if (owner is not null)
                {
                    return owner;
                }
            }

            await InsertAsync(connection, transaction, candidate, cancellationToken).ConfigureAwait(false);
            await AddKeyRowsAsync(connection, transaction, candidate.Contact.Id, keys, cancellationToken).ConfigureAwait(false);
            await events.RecordAsync(connection, transaction, EventTypes.ProfileUpdated, new ProfileUpdatedData(candidate.Contact.Id), cancellationToken).ConfigureAwait(false);
            return candidate;
        }, cancellationToken);
    }

    public Task<ContactRecord?> UpdateAsync(string id, Func<ContactRecord, ContactRecord> update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            var existing = await ReadOneAsync(connection, transaction, $"SELECT {Columns} FROM contacts c WHERE c.id = $1 FOR UPDATE", id, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                return null;
            }

            var updated = WithId(update(existing), id);
            await WriteAsync(connection, transaction, updated, cancellationToken).ConfigureAwait(false);
            await events.RecordAsync(connection, transaction, EventTypes.ProfileUpdated, new ProfileUpdatedData(id), cancellationToken).ConfigureAwait(false);
            return updated;
        }, cancellationToken);
    }

    public Task<ContactRecord> AddKeysAsync(string id, IReadOnlyCollection<string> keys, Func<ContactRecord, ContactRecord> update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(update);
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            await IdentityLock.TakeAsync(connection, transaction, IdentityLock.ContactKeys, keys, cancellationToken).ConfigureAwait(false);
            var existing = await ReadOneAsync(connection, transaction, $"SELECT {Columns} FROM contacts c WHERE c.id = $1 FOR UPDATE", id, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"No contact with id '{id}'.");
            foreach (var key in keys)
            {
                await using var command = new NpgsqlCommand(
                    "SELECT c.id, c.display_name FROM contact_keys k JOIN contacts c ON c.id = k.contact_id WHERE k.key = $1", connection, transaction);
                command.Parameters.AddWithValue(key);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && reader.GetString(0) != id)
                {
                    throw new IdentityConflictException($"'{key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..]}' already belongs to {reader.GetString(1)}.");
                }
            }

            var updated = WithId(update(existing), id);
            await WriteAsync(connection, transaction, updated, cancellationToken).ConfigureAwait(false);
            await AddKeyRowsAsync(connection, transaction, id, keys, cancellationToken).ConfigureAwait(false);
            await events.RecordAsync(connection, transaction, EventTypes.ProfileUpdated, new ProfileUpdatedData(id), cancellationToken).ConfigureAwait(false);
            return updated;
        }, cancellationToken);
    }

    private static ContactRecord WithId(ContactRecord record, string id) =>
        record.Contact.Id == id ? record : record with { Contact = record.Contact with { Id = id } };

    /// <summary>Inserts a contact; with <paramref name="skipExisting"/> (the copy from LiteDB) an id already stored is left as it is.</summary>
    internal static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ContactRecord record, CancellationToken cancellationToken, bool skipExisting = false)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO contacts (id, display_name, aliases, phone_numbers, whatsapp_ids, settings, style) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb)"
            + (skipExisting ? " ON CONFLICT (id) DO NOTHING" : ""),
            connection, transaction);
        AddRecord(command, record);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ContactRecord record, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "UPDATE contacts SET display_name = $2, aliases = $3, phone_numbers = $4, whatsapp_ids = $5, settings = $6::jsonb, style = $7::jsonb WHERE id = $1",
            connection, transaction);
        AddRecord(command, record);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task AddKeyRowsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string id, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(
            "INSERT INTO contact_keys (key, contact_id) SELECT DISTINCT k, $2 FROM unnest($1::text[]) AS k ON CONFLICT (key) DO UPDATE SET contact_id = excluded.contact_id",
            connection, transaction);
        command.Parameters.AddWithValue(keys.ToArray());
        command.Parameters.AddWithValue(id);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddRecord(NpgsqlCommand command, ContactRecord record)
    {
        command.Parameters.AddWithValue(record.Contact.Id);
        command.Parameters.AddWithValue(record.Contact.DisplayName);
        command.Parameters.AddWithValue(record.Contact.Aliases.ToArray());
        command.Parameters.AddWithValue(record.Contact.PhoneNumbers.ToArray());
        command.Parameters.AddWithValue(record.Contact.WhatsAppIds.ToArray());
        command.Parameters.AddWithValue(StoreJson.Write(record.Settings));
        command.Parameters.AddWithValue(StoreJson.Write(record.Style));
    }

    private static async Task<ContactRecord?> ReadOneAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, string argument, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue(argument);
        return (await ReadAllAsync(command, cancellationToken).ConfigureAwait(false)) is [var one] ? one : null;
    }

    private static async Task<List<ContactRecord>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var records = new List<ContactRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(new ContactRecord(
                new Contact(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<string[]>(2), reader.GetFieldValue<string[]>(3), reader.GetFieldValue<string[]>(4)),
                StoreJson.Read<ContactSettings>(reader.GetString(5)),
                StoreJson.Read<StyleAccumulator>(reader.GetString(6))));
        }

        return records;
    }
}
