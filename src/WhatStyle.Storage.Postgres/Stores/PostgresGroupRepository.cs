using Npgsql;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Storage.Postgres.Stores;

/// <summary>Groups in <c>groups</c> (members in an indexed array) and <c>group_keys</c> (name key to group).</summary>
internal sealed class PostgresGroupRepository(PostgresDatabase database) : IGroupRepository
{
    private const string Columns = "g.id, g.name, g.member_ids, g.style::text";

    public Task<GroupRecord?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        database.RunAsync(connection => ReadOneAsync(connection, null, $"SELECT {Columns} FROM groups g WHERE g.id = $1", id, cancellationToken), cancellationToken);

    public Task<GroupRecord?> FindByKeyAsync(string key, CancellationToken cancellationToken = default) =>
        database.RunAsync(connection => ReadOneAsync(
            connection, null, $"SELECT {Columns} FROM group_keys k JOIN groups g ON g.id = k.group_id WHERE k.key = $1", key, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<GroupRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        database.RunAsync<IReadOnlyList<GroupRecord>>(async connection =>
        {
            await using var command = new NpgsqlCommand($"SELECT {Columns} FROM groups g ORDER BY g.id", connection);
            return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<IReadOnlyList<GroupRecord>> ListByMemberAsync(string contactId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        return database.RunAsync<IReadOnlyList<GroupRecord>>(async connection =>
        {
            // @> with an array literal uses the GIN index on member_ids.
            await using var command = new NpgsqlCommand($"SELECT {Columns} FROM groups g WHERE g.member_ids @> ARRAY[$1]::text[] ORDER BY g.id", connection);
            command.Parameters.AddWithValue(contactId);
            return await ReadAllAsync(command, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    public Task<GroupRecord> GetOrAddAsync(GroupRecord candidate, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            await IdentityLock.TakeAsync(connection, transaction, IdentityLock.GroupKeys, [key], cancellationToken).ConfigureAwait(false);
            var existing = await ReadOneAsync(
                connection, transaction, $"SELECT {Columns} FROM group_keys k JOIN groups g ON g.id = k.group_id WHERE k.key = $1", key, cancellationToken).ConfigureAwait(false);
            if (existing is not null)
            {
                return existing;
            }

            await InsertAsync(connection, transaction, candidate, cancellationToken).ConfigureAwait(false);

            await using (var keyRow = new NpgsqlCommand(
                "INSERT INTO group_keys (key, group_id) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET group_id = excluded.group_id", connection, transaction))
            {
                keyRow.Parameters.AddWithValue(key);
                keyRow.Parameters.AddWithValue(candidate.Group.Id);
                await keyRow.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return candidate;
        }, cancellationToken);
    }

    public Task<GroupRecord?> UpdateAsync(string id, Func<GroupRecord, GroupRecord> update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        return database.InTransactionAsync(async (connection, transaction) =>
        {
            var existing = await ReadOneAsync(connection, transaction, $"SELECT {Columns} FROM groups g WHERE g.id = $1 FOR UPDATE", id, cancellationToken).ConfigureAwait(false);
            if (existing is null)
            {
                return null;
            }

            var updated = update(existing);
            if (updated.Group.Id != id)
            {
                updated = updated with { Group = updated.Group with { Id = id } };
            }

            await using var command = new NpgsqlCommand("UPDATE groups SET name = $2, member_ids = $3, style = $4::jsonb WHERE id = $1", connection, transaction);
            AddRecord(command, updated);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return updated;
        }, cancellationToken);
    }

    /// <summary>Inserts a group; with <paramref name="skipExisting"/> (the copy from LiteDB) an id already stored is left as it is.</summary>
    internal static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, GroupRecord record, CancellationToken cancellationToken, bool skipExisting = false)
    {
        await using var insert = new NpgsqlCommand(
            "INSERT INTO groups (id, name, member_ids, style) VALUES ($1, $2, $3, $4::jsonb)" + (skipExisting ? " ON CONFLICT (id) DO NOTHING" : ""), connection, transaction);
        AddRecord(insert, record);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AddRecord(NpgsqlCommand command, GroupRecord record)
    {
        command.Parameters.AddWithValue(record.Group.Id);
        command.Parameters.AddWithValue(record.Group.Name);
        command.Parameters.AddWithValue(record.Group.MemberIds.ToArray());
        command.Parameters.AddWithValue(StoreJson.Write(record.Style));
    }

    private static async Task<GroupRecord?> ReadOneAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, string argument, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.AddWithValue(argument);
        return (await ReadAllAsync(command, cancellationToken).ConfigureAwait(false)) is [var one] ? one : null;
    }

    private static async Task<List<GroupRecord>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var records = new List<GroupRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            records.Add(new GroupRecord(
                new Group(reader.GetString(0), reader.GetString(1), reader.GetFieldValue<string[]>(2)),
                StoreJson.Read<StyleAccumulator>(reader.GetString(3))));
        }

        return records;
    }
}
