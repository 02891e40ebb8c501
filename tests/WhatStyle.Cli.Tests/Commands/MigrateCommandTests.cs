using Npgsql;

namespace WhatStyle.Cli.Tests.Commands;

/// <summary>`whatstyle migrate --to postgres` over a real data directory; the copy needs WHATSTYLE_TEST_POSTGRES.</summary>
public sealed class MigrateCommandTests : IDisposable
{
    private const string Variable = "WHATSTYLE_TEST_POSTGRES";
    private readonly CliDataDirectory _data = new();

    [Fact]
    public async Task Migrate_WithoutConnectionString_OneLineErrorAndExitOne()
    {
        var (code, _, stderr) = await _data.RunAsync("migrate", "--to", "postgres");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.StartsWith("error: ConnectionStrings:Postgres is required", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Migrate_ToSomewhereElse_UsageError()
    {
        var (code, _, stderr) = await _data.RunAsync("migrate", "--to", "mysql");

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("postgres", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_ImportedChat_CopiedAndARerunAddsNothing()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Assert.SkipWhen(string.IsNullOrEmpty(server), $"{Variable} is not set: this test copies into a PostgreSQL server (.ci/services/postgres.sh start prints it).");
        var schema = "ws_cli_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server!, $"CREATE SCHEMA {schema}");
        try
        {
            Assert.Equal(ExitCodes.Success, (await _data.RunAsync("import", _data.WriteDadChat(), "--me", "Sam")).Code);
            var connectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
            await File.WriteAllTextAsync(
                Path.Combine(_data.Path, "appsettings.json"),
                System.Text.Json.JsonSerializer.Serialize(new { ConnectionStrings = new { Postgres = connectionString } }),
                TestContext.Current.CancellationToken);

            var (code, stdout, stderr) = await _data.RunAsync("migrate", "--to", "postgres");
            var (again, againOut, _) = await _data.RunAsync("migrate", "--to", "postgres");

            Assert.Equal((ExitCodes.Success, ""), (code, stderr));
            Assert.Contains("messages: 4 of 4", stdout, StringComparison.Ordinal);
            Assert.Contains("contacts: 1 of 1", stdout, StringComparison.Ordinal);
            Assert.Contains("bridge.db: none in ", stdout, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.Success, again);
            Assert.Contains("messages: 4 of 4", againOut, StringComparison.Ordinal);
            Assert.Equal(4L, await ExecuteAsync(connectionString, "SELECT count(*) FROM messages"));
        }
        finally
        {
            await ExecuteAsync(server!, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    public void Dispose() => _data.Dispose();

    private static async Task<object?> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
