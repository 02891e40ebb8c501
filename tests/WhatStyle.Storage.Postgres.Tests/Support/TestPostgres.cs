using Npgsql;

namespace WhatStyle.Storage.Postgres.Tests.Support;

/// <summary>
/// The server the PostgreSQL tests use: <c>WHATSTYLE_TEST_POSTGRES</c>, an Npgsql connection string (CI's
/// .ci/services/postgres.sh prints it). Each user gets a schema of its own, dropped afterwards, so runs and test
/// classes never see each other's rows.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "WHATSTYLE_TEST_POSTGRES";

    public const string SkipReason =
        $"{Variable} is not set: the PostgreSQL store tests need a server (run `eval \"$(bash .ci/services/postgres.sh start)\"`, or set it to an Npgsql connection string).";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Creates a fresh schema and returns it with a connection string whose search_path is that schema.</summary>
    public static async Task<(string Schema, string ConnectionString)> CreateSchemaAsync(string server)
    {
        var schema = "ws_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema };
        return (schema, builder.ConnectionString);
    }

    public static async Task DropSchemaAsync(string server, string schema)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {schema} CASCADE", connection);
        await command.ExecuteNonQueryAsync();
    }
}
