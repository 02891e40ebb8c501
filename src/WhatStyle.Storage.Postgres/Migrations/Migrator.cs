using Npgsql;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Storage.Postgres.Migrations;

/// <summary>
/// Brings a database up to <see cref="SchemaMigrations"/>'s latest version. Safe when several processes start at
/// once: a session advisory lock serialises them, so one applies each step and the others find it recorded.
/// </summary>
internal static class Migrator
{
    /// <summary>The advisory lock's key: "WhatStyl" in ASCII, so it cannot collide with a small application number.</summary>
    public const long LockKey = 0x5768_6174_5374_796C;

    /// <summary>The newest schema this build writes and reads.</summary>
    public static int LatestVersion => SchemaMigrations.All[^1].Version;

    /// <summary>Applies the steps newer than the recorded version, each in its own transaction; returns how many ran.</summary>
    /// <exception cref="StorageException">The database was migrated by a newer WhatStyle.</exception>
    public static Task<int> ApplyAsync(NpgsqlConnection connection, string where, CancellationToken cancellationToken) =>
        ApplyAsync(connection, where, SchemaMigrations.All, cancellationToken);

    internal static async Task<int> ApplyAsync(NpgsqlConnection connection, string where, IReadOnlyList<Migration> migrations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(migrations);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({LockKey})", cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, null, """
                CREATE TABLE IF NOT EXISTS schema_version (
                    version integer PRIMARY KEY,
                    description text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """, cancellationToken).ConfigureAwait(false);
            var current = await CurrentVersionAsync(connection, cancellationToken).ConfigureAwait(false);
            var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
            if (current > latest)
            {
                throw new StorageException(StoreSchema.NewerMessage($"PostgreSQL {where}", current, latest));
            }

            var applied = 0;
            foreach (var migration in migrations.Where(m => m.Version > current))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
                await using (var record = new NpgsqlCommand("INSERT INTO schema_version (version, description) VALUES ($1, $2)", connection, transaction))
                {
                    record.Parameters.AddWithValue(migration.Version);
                    record.Parameters.AddWithValue(migration.Description);
                    await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                applied++;
            }

            return applied;
        }
        finally
        {
            // Unlocked even when a step failed: pooled connections stay open, so the session would keep the lock.
            try
            {
                await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None).ConfigureAwait(false);
            }
            catch (NpgsqlException)
            {
                // The connection broke: the server ends the session and its lock with it. The first failure is the one to report.
            }
        }
    }

    /// <summary>The highest recorded version, 0 for a new database.</summary>
    public static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_version", connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
