using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using LiteDB;
using WhatStyle.Cli;
using WhatStyle.Cli.Tests;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Cli.Tests.Commands;

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
        Assert.Contains("read from " + Path.Combine(_dataDir, "bridge.db") + " (no bridge running", stdout, StringComparison.Ordinal);
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

    [Fact]
    public async Task List_AsksTheRunningBridge_AndNeverOpensItsDatabase()
    {
        // No bridge.db at all: had the CLI read the file, it would fail with "has not run".
        using var running = BridgeLockFile.TryAcquire(_dataDir);
        using var bridge = FakeBridge.Start(HttpStatusCode.OK, """
            [{"id":"incoming:wamid.9","source":"incoming","to":"4917012345","kind":"text","text":"boom","attempts":5,
              "errorCode":null,"error":"dead letter after 5 failed attempts: InvalidOperationException: x","createdAt":"2026-11-25T01:00:00+00:00"}]
            """);

        var (code, stdout, _) = await CliAppTests.RunAsync("deadletters", "list", "--data-dir", _dataDir, "--bridge-url", bridge.Url);
        var (_, json, stderr) = await CliAppTests.RunAsync("deadletters", "list", "--json", "--data-dir", _dataDir, "--bridge-url", bridge.Url);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"from the running bridge at {bridge.Url}", stdout, StringComparison.Ordinal);
        Assert.Contains("incoming:wamid.9  [incoming]  from 4917012345", stdout, StringComparison.Ordinal);
        Assert.Contains("running bridge", stderr, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(json);
        Assert.Equal("incoming", Assert.Single(document.RootElement.EnumerateArray()).GetProperty("source").GetString());
        Assert.Equal(["/admin/dead-letters", "/admin/dead-letters"], bridge.Paths);
        Assert.False(File.Exists(Path.Combine(_dataDir, "bridge.db")));
    }

    [Fact]
    public async Task List_WhenTheBridgeRefuses_IsAUserError_AndDoesNotFallBackToItsDatabase()
    {
        Seed(("reply:wamid.5:text", "DeadLetter", "network"));
        using var running = BridgeLockFile.TryAcquire(_dataDir);
        using var bridge = FakeBridge.Start(HttpStatusCode.Forbidden, "");

        var (code, stdout, stderr) = await CliAppTests.RunAsync("deadletters", "list", "--data-dir", _dataDir, "--bridge-url", bridge.Url);

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("answered 403", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("reply:wamid.5:text", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_AsksTheRunningBridgeAtTheAddressItPublished_NotAtTheDefault()
    {
        Seed(("reply:wamid.6:text", "DeadLetter", "from the file"));
        using var running = BridgeLockFile.TryAcquire(_dataDir);
        using var bridge = FakeBridge.Start(HttpStatusCode.OK, "[]");
        running!.PublishAdminUrl(new Uri(bridge.Url));

        var (code, stdout, _) = await CliAppTests.RunAsync("deadletters", "list", "--data-dir", _dataDir);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"from the running bridge at {bridge.Url}", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("reply:wamid.6:text", stdout, StringComparison.Ordinal);
        Assert.Equal(["/admin/dead-letters"], bridge.Paths);
    }

    [Fact]
    public async Task List_WhileABridgeHoldsTheLockButNothingAnswers_IsAUserError_AndNeverReadsItsDatabase()
    {
        // The bridge listens elsewhere than the address tried: before, "nothing answers" meant "no bridge", and the CLI
        // opened bridge.db beside its live writer.
        Seed(("reply:wamid.7:text", "DeadLetter", "network"));
        using var running = BridgeLockFile.TryAcquire(_dataDir);

        var (code, stdout, stderr) = await Run("deadletters", "list");

        Assert.Equal(ExitCodes.UserError, code);
        Assert.Contains("A bridge is running", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("reply:wamid.7:text", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_WithTheFilesOfACrashedBridge_ReadsTheDatabase_AndAsksNobody()
    {
        Seed(("reply:wamid.8:text", "DeadLetter", "network"));
        using var bridge = FakeBridge.Start(HttpStatusCode.OK, "[]");
        // What a killed bridge leaves: the lock file (no longer locked: the OS released it) and its published address.
        using (var crashed = BridgeLockFile.TryAcquire(_dataDir))
        {
            crashed!.PublishAdminUrl(new Uri(bridge.Url));
        }

        Assert.True(File.Exists(Path.Combine(_dataDir, BridgeFiles.LockFile)));
        var (code, stdout, _) = await CliAppTests.RunAsync("deadletters", "list", "--data-dir", _dataDir);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("reply:wamid.8:text", stdout, StringComparison.Ordinal);
        Assert.Empty(bridge.Paths);
    }

    [Fact]
    public async Task Retry_OfACorruptInboxRecord_IsRefused_DismissIsAllowed()
    {
        using (var database = new LiteDatabase(new ConnectionString { Filename = Path.Combine(_dataDir, "bridge.db"), Connection = ConnectionType.Direct }))
        {
            database.GetCollection("inbox_dead_letters").Insert(new BsonDocument
            {
                ["_id"] = "inbox:1-0",
                ["Body"] = new BsonValue(Encoding.UTF8.GetBytes("{\"damaged\":true}")),
                ["ReceivedAtMs"] = 1_790_000_000_000L,
                ["DeadAtMs"] = 1_790_000_000_000L,
                ["Attempts"] = 3,
                ["Reason"] = "InvalidDataException: checksum",
                ["Corrupt"] = true,
            });
        }

        var (retryCode, _, retryError) = await Run("deadletters", "retry", "inbox:1-0");
        var (dismissCode, _, _) = await Run("deadletters", "dismiss", "inbox:1-0");

        Assert.Equal(ExitCodes.UserError, retryCode);
        Assert.Contains("cannot be retried; dismiss it instead", retryError, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, dismissCode);
        using var request = JsonDocument.Parse(File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(_dataDir, "bridge-requests")))));
        Assert.Equal("dismiss", request.RootElement.GetProperty("action").GetString());
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

    /// <summary>Runs with a bridge URL where nothing listens (reading bridge.db unless a test holds the bridge's lock).</summary>
    private Task<(int Code, string Stdout, string Stderr)> Run(params string[] args) =>
        CliAppTests.RunAsync([.. args, "--data-dir", _dataDir, "--bridge-url", FakeBridge.NothingListening()]);

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

/// <summary>A stand-in for a running bridge's admin endpoint on loopback: answers every request with one status and body.</summary>
internal sealed class FakeBridge : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<string> _paths = [];

    private FakeBridge(HttpStatusCode status, string body)
    {
        Url = $"http://127.0.0.1:{FreePort()}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                lock (_paths)
                {
                    _paths.Add(context.Request.Url!.AbsolutePath);
                }

                context.Response.StatusCode = (int)status;
                context.Response.ContentType = "application/json";
                var bytes = Encoding.UTF8.GetBytes(body);
                await context.Response.OutputStream.WriteAsync(bytes);
                context.Response.Close();
            }
        });
    }

    public string Url { get; }

    public IReadOnlyList<string> Paths
    {
        get
        {
            lock (_paths)
            {
                return [.. _paths];
            }
        }
    }

    public static FakeBridge Start(HttpStatusCode status, string body) => new(status, body);

    /// <summary>A loopback URL on a port just freed, where nothing listens.</summary>
    public static string NothingListening() => $"http://127.0.0.1:{FreePort()}/";

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose() => _listener.Close();
}
