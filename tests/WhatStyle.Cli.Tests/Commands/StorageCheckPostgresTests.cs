using System.Text.Json;
using Npgsql;

namespace WhatStyle.Cli.Tests.Commands;

/// <summary>`whatstyle storage check` with Storage:Provider=postgres; the server's own checks need WHATSTYLE_TEST_POSTGRES.</summary>
public sealed class StorageCheckPostgresTests : IDisposable
{
    private const string Variable = "WHATSTYLE_TEST_POSTGRES";
    private const string Password = "pg-secret-Xy7";
    private readonly CliDataDirectory _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Check_ServerUnreachable_OneLineNamingTheServerNeverThePassword()
    {
        // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
        await ConfigureAsync($"Host=127.0.0.1;Port=1;Database=whatstyle;Username=whatstyle;Password={Password};Timeout=3");

        var (code, stdout, stderr) = await _data.RunAsync("storage", "check");

        Assert.Equal(ExitCodes.UserError, code);
        var line = Assert.Single(stdout.Split('\n'), l => l.StartsWith("postgres ", StringComparison.Ordinal));
        Assert.Contains("unreachable: PostgreSQL at 127.0.0.1:1/whatstyle could not be reached", line, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, stdout + stderr, StringComparison.Ordinal);
        // The data directory's own files are still checked: bridge.db lives there whichever provider holds the domain.
        Assert.Contains("bridge.db", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_NoConnectionString_SaysWhichSettingIsMissing()
    {
        await ConfigureAsync(null);

        var (code, _, stderr) = await _data.RunAsync("storage", "check");

        // Refused as every command refuses it, before any check runs.
        Assert.Equal(ExitCodes.UserError, code);
        Assert.StartsWith("error: invalid setting: ConnectionStrings:Postgres is required", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Check_AcrossTheSchemasLife_SaysAbsentCurrentNewerAndMissing()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Assert.SkipWhen(string.IsNullOrEmpty(server), $"{Variable} is not set: this test checks a PostgreSQL server (.ci/services/postgres.sh start prints it).");
        var schema = "ws_check_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server!, $"CREATE SCHEMA {schema}");
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
            await ConfigureAsync(connectionString);
            var (emptyCode, emptyOut, _) = await _data.RunAsync("storage", "check");

            Assert.Equal(ExitCodes.Success, (await _data.RunAsync("import", _data.WriteDadChat(), "--me", "Sam")).Code);
            Assert.Equal(ExitCodes.Success, (await _data.RunAsync("migrate", "--to", "postgres")).Code);
            var (code, stdout, _) = await _data.RunAsync("storage", "check", "--json");

            await ExecuteAsync(connectionString, "DROP TABLE urgent");
            var (missingCode, missingOut, _) = await _data.RunAsync("storage", "check");
            await ExecuteAsync(connectionString, "INSERT INTO schema_version (version, description) VALUES (999, 'from the future')");
            var (newerCode, newerOut, newerErr) = await _data.RunAsync("storage", "check");

            Assert.Equal(ExitCodes.Success, emptyCode);
            Assert.Contains("postgres:schema_version  absent: no WhatStyle schema yet", emptyOut, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.Success, code);
            using (var json = JsonDocument.Parse(stdout))
            {
                var found = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("file").GetString()!, e => e.GetProperty("detail").GetString());
                Assert.StartsWith("reached ", found["postgres"], StringComparison.Ordinal);
                Assert.EndsWith("(current)", found["postgres:schema_version"], StringComparison.Ordinal);
                Assert.Equal("4 row(s)", found["postgres:messages"]);
                Assert.Equal("1 row(s)", found["postgres:contacts"]);
                Assert.Equal("0 row(s)", found["postgres:urgent"]);
            }

            Assert.Equal(ExitCodes.UserError, missingCode);
            Assert.Contains("postgres:urgent", missingOut, StringComparison.Ordinal);
            Assert.Contains("missing: missing, though schema version", missingOut, StringComparison.Ordinal);
            Assert.Equal(ExitCodes.UserError, newerCode);
            Assert.Contains("newer version: written by a newer version of WhatStyle (schema version 999", newerOut, StringComparison.Ordinal);
            var builder = new NpgsqlConnectionStringBuilder(server);
            Assert.DoesNotContain(builder.Password!, stdout + missingOut + newerOut + newerErr, StringComparison.Ordinal);
        }
        finally
        {
            await ExecuteAsync(server!, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    public void Dispose() => _data.Dispose();

    private Task ConfigureAsync(string? connectionString) =>
        File.WriteAllTextAsync(
            Path.Combine(_data.Path, "appsettings.json"),
            JsonSerializer.Serialize(new { Storage = new { Provider = "postgres" }, ConnectionStrings = new { Postgres = connectionString } }),
            Ct);

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
