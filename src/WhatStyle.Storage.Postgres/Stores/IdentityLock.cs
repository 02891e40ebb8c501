using Npgsql;

namespace WhatStyle.Storage.Postgres.Stores;

/// <summary>
/// One transaction-scoped advisory lock per kind of identity key (contact keys, group keys): "find the owner of any of
/// these keys, else create one" is then atomic across processes, as LiteDB's file lock made it within one machine.
/// Creating a contact or group is rare, so one lock per kind costs nothing measurable.
/// </summary>
internal static class IdentityLock
{
    public const long ContactKeys = 0x5753_4B65_7943_6F6E; // "WSKeyCon"
    public const long GroupKeys = 0x5753_4B65_7947_7270;   // "WSKeyGrp"

    public static async Task TakeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction);
        command.Parameters.AddWithValue(key);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
