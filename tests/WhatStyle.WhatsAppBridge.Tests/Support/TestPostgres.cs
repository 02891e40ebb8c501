using Npgsql;

namespace WhatStyle.WhatsAppBridge.Tests.Support;

/// <summary>
/// The server the bridge's PostgreSQL tests use: <c>WHATSTYLE_TEST_POSTGRES</c>, an Npgsql connection string
/// (<c>eval "$(bash .ci/services/postgres.sh start)"</c> prints it). Each user works in a schema of its own, dropped afterwards.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "WHATSTYLE_TEST_POSTGRES";

    public const string SkipReason =
        $"{Variable} is not set: the bridge's PostgreSQL state tests need a server (run `eval \"$(bash .ci/services/postgres.sh start)\"`, or set it to an Npgsql connection string).";

    public static string? Server => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    /// <summary>Creates a fresh schema and returns it with a connection string whose search_path is that schema.</summary>
    public static async Task<(string Schema, string ConnectionString)> CreateSchemaAsync(string server, string prefix)
    {
        var schema = prefix + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE SCHEMA {schema}");
        return (schema, new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString);
    }

    public static Task DropSchemaAsync(string server, string schema) => ExecuteAsync(server, $"DROP SCHEMA IF EXISTS {schema} CASCADE");

    public static async Task<object?> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
