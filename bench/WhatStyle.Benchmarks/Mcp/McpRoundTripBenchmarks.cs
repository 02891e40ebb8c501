using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace WhatStyle.Benchmarks.Mcp;

/// <summary>
/// analyze_tone round trip (C# SDK client → server process → tone engine → client) over stdio and Streamable HTTP, on
/// the server as a client launches it (default configuration, default log levels).
/// </summary>
/// <remarks>
/// <c>Session = new</c> measures calls 51–550 of a freshly started server, from a client that has already warmed up
/// against another server instance (a host such as Claude Desktop is long-running; the server it launches is new): the
/// server still runs much of the request path as unoptimised (tier-0) JIT code and compiles it in the background.
/// <c>Session = warm</c> first calls the tool for <see cref="WarmUpTime"/> on the measured server (tiered compilation
/// done on both sides), like a host that has been talking to the server for a while, which is where a long-lived stdio
/// server spends its life.
/// </remarks>
[Config(typeof(McpLatencyConfig))]
public class McpRoundTripBenchmarks
{
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(10);
    private static readonly Dictionary<string, object?> Arguments = new() { ["text"] = "sooo happy for you!! 🎉 can't wait to celebrate" };

    private string _dataDirectory = "";
    private Process? _httpServer;
    private McpClient? _client;

    [Params("stdio", "http")]
    public string Transport { get; set; } = "stdio";

    [Params("new", "warm")]
    public string Session { get; set; } = "new";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _dataDirectory = Directory.CreateTempSubdirectory("whatstyle-bench-mcp-").FullName;
        if (Session == "new")
        {
            // Warm the client's own code on a throwaway server, so the figure is the new server's, not the client's JIT.
            var (client, server) = await StartServerAsync();
            await CallForAsync(client, WarmUpTime);
            await StopServerAsync(client, server);
        }

        (_client, _httpServer) = await StartServerAsync();

        // Measuring error results would flatter the numbers: fail the run instead.
        var probe = await AnalyzeToneAsync();
        if (probe.IsError == true)
        {
            throw new InvalidOperationException("analyze_tone failed: " + string.Join(" ", probe.Content.OfType<TextContentBlock>().Select(b => b.Text)));
        }

        if (Session == "warm")
        {
            await CallForAsync(_client, WarmUpTime);
        }
    }

    [Benchmark(Description = "analyze_tone round trip")]
    public async Task<CallToolResult> AnalyzeToneAsync() => await _client!.CallToolAsync("analyze_tone", Arguments);

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await StopServerAsync(_client, _httpServer);
        Directory.Delete(_dataDirectory, recursive: true);
    }

    private async Task<(McpClient Client, Process? HttpServer)> StartServerAsync()
    {
        if (Transport == "stdio")
        {
            return (await McpServerProcess.ConnectStdioAsync(_dataDirectory), null);
        }

        var (server, baseAddress) = await McpServerProcess.StartHttpAsync(_dataDirectory);
        return (await McpServerProcess.ConnectHttpAsync(baseAddress), server);
    }

    private static async Task CallForAsync(McpClient client, TimeSpan duration)
    {
        var elapsed = Stopwatch.StartNew();
        while (elapsed.Elapsed < duration)
        {
            await client.CallToolAsync("analyze_tone", Arguments);
        }
    }

    private static async Task StopServerAsync(McpClient? client, Process? httpServer)
    {
        if (client is not null)
        {
            await client.DisposeAsync();
        }

        if (httpServer is not null)
        {
            httpServer.Kill(entireProcessTree: true);
            await httpServer.WaitForExitAsync();
            httpServer.Dispose();
        }
    }
}
