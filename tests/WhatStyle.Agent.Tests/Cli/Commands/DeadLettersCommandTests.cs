using System.Text.Json;
using LiteDB;
using WhatStyle.Agent.Cli;
using WhatStyle.Agent.Tests.Cli;

namespace WhatStyle.Agent.Tests.Cli.Commands;

public sealed class DeadLettersCommandTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("whatstyle-cli-deadletters-").FullName;

    [Fact]
    public async Task List_ShowsOnlyDeadLetters_WithTheirErrors()
    {
        Seed(("reply:wamid.1:text", "DeadLetter", "131047: outside the 24-hour window"), ("reply:wamid.2:text", "Sent", null));

        var (code, stdout, _) = await Run("deadletters", "list");
        var (_, json, _) = await Run("deadletters", "list", "--json");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("reply:wamid.1:text", stdout, StringComparison.Ordinal);
        Assert.Contains("131047: outside the 24-hour window", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("reply:wamid.2:text", stdout, StringComparison.Ordinal);
        Assert.Contains("1 dead letter(s)", stdout, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("4917012345", Assert.Single(document.RootElement.EnumerateArray()).GetProperty("to").GetString());
    }

    [Fact]
    public async Task Retry_WritesARequestTheBridgeApplies()
    {
        Seed(("reply:wamid.3:text", "DeadLetter", "network"));

        var (code, stdout, _) = await Run("deadletters", "retry", "reply:wamid.3:text");

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("retry of reply:wamid.3:text requested", stdout, StringComparison.Ordinal);
        var request = Assert.Single(Directory.GetFiles(Path.Combine(_dataDir, "bridge-requests")));
        Assert.EndsWith(".json", request, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllText(request));
        Assert.Equal(("retry", "reply:wamid.3:text"), (document.RootElement.GetProperty("action").GetString(), document.RootElement.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Dismiss_UnknownOrSentId_IsAUserErrorAndWritesNothing()
    {
        Seed(("reply:wamid.4:text", "Sent", null));

        var (code, _, stderr) = await Run("deadletters", "dismiss", "reply:wamid.4:text");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("deadletters list", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dataDir, "bridge-requests")));
    }

    [Fact]
    public async Task List_WithoutABridgeDatabase_SaysTheBridgeHasNotRun()
    {
        var (code, _, stderr) = await Run("deadletters", "list");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("has not run with this data directory", stderr, StringComparison.Ordinal);
    }

    /// <summary>Writes outbox items with the field names the bridge stores (its OutboxItem, enums as names).</summary>
    private void Seed(params (string Id, string State, string? Error)[] items)
    {
        using var database = new LiteDatabase(new ConnectionString { Filename = Path.Combine(_dataDir, "bridge.db"), Connection = ConnectionType.Direct });
        var outbox = database.GetCollection("outbox");
        foreach (var (id, state, error) in items)
        {
            outbox.Insert(new BsonDocument
            {
                ["_id"] = id,
                ["To"] = "4917012345",
                ["Kind"] = "text",
                ["Text"] = "see you at 8",
                ["State"] = state,
                ["Attempts"] = 1,
                ["LastErrorCode"] = BsonValue.Null,
                ["LastError"] = error is null ? BsonValue.Null : new BsonValue(error),
                ["CreatedAtMs"] = 1_790_000_000_000L,
            });
        }
    }

    private Task<(int Code, string Stdout, string Stderr)> Run(params string[] args) =>
        CliAppTests.RunAsync([.. args, "--data-dir", _dataDir]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }
}
