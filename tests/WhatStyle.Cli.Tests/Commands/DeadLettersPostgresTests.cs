using System.Text.Json;
using Npgsql;

namespace WhatStyle.Cli.Tests.Commands;

/// <summary>
/// `whatstyle deadletters list` with Storage:Provider=postgres and no bridge running: the bridges keep their dead letters
/// in PostgreSQL, so they are read there, not from a bridge.db that no longer holds them. Needs WHATSTYLE_TEST_POSTGRES.
/// </summary>
public sealed class DeadLettersPostgresTests : IDisposable
{
    private const string Variable = "WHATSTYLE_TEST_POSTGRES";
    private readonly CliDataDirectory _data = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_OnPostgresWithNoBridgeRunning_ReadsEveryKindFromTheBridgesTables()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Assert.SkipWhen(string.IsNullOrEmpty(server), $"{Variable} is not set: this test reads a PostgreSQL server (.ci/services/postgres.sh start prints it).");
        var schema = "ws_deadletters_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server!, $"CREATE SCHEMA {schema}");
        try
        {
            var connectionString = new NpgsqlConnectionStringBuilder(server) { SearchPath = schema }.ConnectionString;
            await File.WriteAllTextAsync(
                Path.Combine(_data.Path, "appsettings.json"),
                JsonSerializer.Serialize(new { Storage = new { Provider = "postgres" }, ConnectionStrings = new { Postgres = connectionString } }),
                Ct);
            Assert.Equal(ExitCodes.Success, (await _data.RunAsync("migrate", "--to", "postgres")).Code); // The schema.
            // Rows as the bridge writes them: its records as JSON documents, their states as numbers (4: DeadLetter).
            await ExecuteAsync(connectionString, """
                INSERT INTO bridge_outbox (account, id, state, queue_key, recipient, doc) VALUES
                  ('cloud:1', 'reply:wamid.out:text', 4, 1, '4917011111',
                   '{"Id":"reply:wamid.out:text","To":"4917011111","Kind":"text","Text":"see you at 8","Attempts":5,"LastErrorCode":131047,"LastError":"outside the 24-hour window","CreatedAtMs":1000}'),
                  ('cloud:1', 'reply:wamid.sent:text', 3, 2, '4917011112',
                   '{"Id":"reply:wamid.sent:text","To":"4917011112","Kind":"text","Text":"sent fine","Attempts":1,"LastErrorCode":null,"LastError":null,"CreatedAtMs":1500}');
                INSERT INTO bridge_messages (account, id, state, chat, timestamp_ms, doc) VALUES
                  ('cloud:1', 'wamid.in', 4, '4917022222', 2000,
                   '{"Id":"wamid.in","Chat":"4917022222","Type":"text","Text":"can you call me?","Attempts":3,"Note":"the agent threw","ReceivedAtMs":2000}');
                INSERT INTO bridge_inbox_dead_letters (account, id, holder, dead_at_ms, body, received_at_ms, attempts, reason, corrupt) VALUES
                  ('cloud:2', 'inbox:0-7', 'bridge-b', 3500, convert_to('{"not":"a webhook"}', 'UTF8'), 3000, 1, 'not a webhook', false);
                """);

            var (code, stdout, stderr) = await _data.RunAsync("deadletters", "list", "--json");

            Assert.Equal(ExitCodes.Success, code);
            Assert.Contains("read from PostgreSQL", stderr, StringComparison.Ordinal);
            using var document = JsonDocument.Parse(stdout);
            var letters = document.RootElement.EnumerateArray().ToList();
            Assert.Equal(["reply:wamid.out:text", "incoming:wamid.in", "inbox:0-7"], letters.Select(l => l.GetProperty("id").GetString()));
            Assert.Equal(131047, letters[0].GetProperty("errorCode").GetInt32());
            Assert.Equal("4917022222", letters[1].GetProperty("to").GetString());
            Assert.Equal("{\"not\":\"a webhook\"}", letters[2].GetProperty("text").GetString());
        }
        finally
        {
            await ExecuteAsync(server!, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    public void Dispose() => _data.Dispose();

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
