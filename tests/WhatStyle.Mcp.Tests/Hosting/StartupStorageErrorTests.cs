using System.Diagnostics;
using System.Globalization;
using LiteDB;

namespace WhatStyle.Mcp.Tests.Hosting;

/// <summary>The MCP server process over bad storage: one line on stderr, exit 1, no stack trace, nothing on stdout.</summary>
public sealed class StartupStorageErrorTests : IDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("whatstyle-mcp-badstore-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_WithTheWrongPassword_SaysSoInOneLineAndExits1()
    {
        using (var db = new LiteDatabase(new ConnectionString
        {
            Filename = Path.Combine(_dataDirectory, "whatstyle.db"),
            Connection = ConnectionType.Direct,
            Password = "the-right-one",
            Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal),
        }))
        {
            db.GetCollection("contacts").Insert(new BsonDocument { ["_id"] = "mum" });
        }

        var line = await RunServerAsync("a-wrong-one");

        Assert.Contains("password is wrong", line, StringComparison.Ordinal);
        Assert.DoesNotContain("a-wrong-one", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WithADamagedDatabase_SaysSoInOneLineAndExits1()
    {
        await File.WriteAllBytesAsync(Path.Combine(_dataDirectory, "whatstyle.db"), Enumerable.Repeat((byte)0x5A, 8192 * 2).ToArray(), Ct);

        var line = await RunServerAsync(password: null);

        Assert.Contains("is damaged", line, StringComparison.Ordinal);
    }

    /// <summary>Runs the stdio server until it exits; asserts exit 1, an empty stdout and no stack trace; returns its one stderr line.</summary>
    private async Task<string> RunServerAsync(string? password)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "WhatStyle.McpServer.dll"), "--stdio", "--data-dir", _dataDirectory])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment.Remove("WHATSTYLE_DB_PASSWORD");
        if (password is not null)
        {
            start.Environment["WHATSTYLE_DB_PASSWORD"] = password;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the MCP server");
        var stdout = process.StandardOutput.ReadToEndAsync(Ct);
        var stderr = process.StandardError.ReadToEndAsync(Ct);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The MCP server kept running over bad storage instead of exiting.");
        }

        var (output, error) = (await stdout, await stderr);
        Assert.Equal(1, process.ExitCode);
        Assert.Equal("", output);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("WhatStyle.McpServer: ", line, StringComparison.Ordinal);
        return line;
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);
}
