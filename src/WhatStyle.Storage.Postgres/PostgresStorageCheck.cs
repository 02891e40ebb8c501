using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;
using WhatStyle.Storage.Postgres.Migrations;
using WhatStyle.Tools.Storage.Maintenance;

namespace WhatStyle.Storage.Postgres;

/// <summary>
/// <c>whatstyle storage check</c> with <c>Storage:Provider = postgres</c>: whether the server in
/// <c>ConnectionStrings:Postgres</c> can be reached, which schema version it holds against this WhatStyle's, and each
/// table's presence and row count. Read-only: it never migrates. Its lines name the server as host:port/database and
/// never carry the connection string or its password.
/// </summary>
public static partial class PostgresStorageCheck
{
    /// <summary>The name of the server's own line, and the prefix of each table's ("postgres:contacts").</summary>
    public const string Name = "postgres";

    /// <summary>One result for the connection, one for the schema version, then one per table in the order the steps create them.</summary>
    public static async Task<IReadOnlyList<StoreCheckResult>> RunAsync(string? connectionString, CancellationToken cancellationToken = default)
    {
        var options = new PostgresStorageOptions { ConnectionString = connectionString };
        if (new PostgresStorageOptionsValidator().Validate(null, options) is { Failed: true } invalid)
        {
            return [new(Name, StoreStatus.Unreachable, invalid.FailureMessage)];
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var where = PostgresDatabase.WhereOf(builder);
        NpgsqlConnection connection;
        try
        {
            connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (PostgresDatabase.Describe(ex) is { } cause)
        {
            return [new(Name, StoreStatus.Unreachable, $"PostgreSQL at {where} could not be reached: {cause}")];
        }

        await using (connection)
        {
            try
            {
                return await CheckAsync(connection, where, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (PostgresDatabase.Describe(ex) is { } cause)
            {
                return [new(Name, StoreStatus.Unreachable, $"PostgreSQL at {where} failed during the check: {cause}")];
            }
        }
    }

    private static async Task<IReadOnlyList<StoreCheckResult>> CheckAsync(NpgsqlConnection connection, string where, CancellationToken cancellationToken)
    {
        var schema = await ScalarAsync(connection, "SELECT current_schema()", null, cancellationToken).ConfigureAwait(false) as string ?? "(none: the search_path names no existing schema)";
        var results = new List<StoreCheckResult>
        {
            new(Name, StoreStatus.Ok, $"reached {where} (PostgreSQL {connection.PostgreSqlVersion}), schema {schema}"),
        };

        var latest = Migrator.LatestVersion;
        int? current = await ExistsAsync(connection, "schema_version", cancellationToken).ConfigureAwait(false)
            ? Convert.ToInt32(await ScalarAsync(connection, "SELECT coalesce(max(version), 0) FROM schema_version", null, cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture)
            : null;
        results.Add(current switch
        {
            null => new($"{Name}:schema_version", StoreStatus.Absent, $"no WhatStyle schema yet: the first start creates it (version {latest})"),
            var v when v > latest => new($"{Name}:schema_version", StoreStatus.NewerVersion,
                $"written by a newer version of WhatStyle (schema version {v}; this one reads up to {latest}): upgrade WhatStyle"),
            var v when v < latest => new($"{Name}:schema_version", StoreStatus.OlderVersion,
                $"version {v}; this WhatStyle applies step(s) {v + 1}–{latest} when it next starts"),
            var v => new($"{Name}:schema_version", StoreStatus.Ok, $"version {v} (current)"),
        });
        if (current is null || current > latest)
        {
            // Nothing of ours to count yet, or tables this WhatStyle does not know.
            return results;
        }

        foreach (var (table, version) in Tables())
        {
            var name = $"{Name}:{table}";
            if (!await ExistsAsync(connection, table, cancellationToken).ConfigureAwait(false))
            {
                results.Add(version > current
                    ? new(name, StoreStatus.Absent, $"created by step {version} at the next start")
                    : new(name, StoreStatus.Missing, $"missing, though schema version {current} includes it (step {version}): the database was changed outside WhatStyle; restore it from a backup"));
                continue;
            }

            // The names come from this build's own migrations, never from input.
            var rows = (long)(await ScalarAsync(connection, $"SELECT count(*) FROM {table}", null, cancellationToken).ConfigureAwait(false))!;
            results.Add(new(name, StoreStatus.Ok, string.Create(CultureInfo.InvariantCulture, $"{rows} row(s)")));
        }

        return results;
    }

    /// <summary>Every table the migrations create, with the step that creates it (schema_version itself is the migrator's).</summary>
    internal static IEnumerable<(string Table, int Version)> Tables() =>
        SchemaMigrations.All.SelectMany(m => CreateTable().Matches(m.Sql).Select(match => (match.Groups[1].Value, m.Version)));

    [GeneratedRegex(@"CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)")]
    private static partial Regex CreateTable();

    /// <summary>Whether the table is visible in the connection's search_path (where the migrations put it).</summary>
    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string table, CancellationToken cancellationToken) =>
        await ScalarAsync(connection, "SELECT to_regclass($1) IS NOT NULL", table, cancellationToken).ConfigureAwait(false) is true;

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql, string? argument, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (argument is not null)
        {
            command.Parameters.AddWithValue(argument);
        }

        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
