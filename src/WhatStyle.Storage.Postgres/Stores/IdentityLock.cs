using Npgsql;

namespace WhatStyle.Storage.Postgres.Stores;

/// <summary>
/// Transaction-scoped advisory locks on identity keys (a contact's number, name or alias; a group's name): "find the owner
/// of any of these keys, else create one" is then atomic across processes, as LiteDB's file lock made it within one
/// machine. One lock per key, not per kind: a burst of new senders on several bridges would otherwise queue on one lock
/// (the load test measured minutes of summed waits with three bridges). The keys are locked in one order (ordinal), so
/// two callers sharing keys cannot deadlock; a 64-bit hash seeded by the kind keeps contact and group keys apart.
/// </summary>
internal static class IdentityLock
{
    public const long ContactKeys = 0x5753_4B65_7943_6F6E; // "WSKeyCon"
    public const long GroupKeys = 0x5753_4B65_7947_7270;   // "WSKeyGrp"

    public static async Task TakeAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long kind, IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended($2, $1))", connection, transaction);
            command.Parameters.AddWithValue(kind);
            command.Parameters.AddWithValue(key);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
