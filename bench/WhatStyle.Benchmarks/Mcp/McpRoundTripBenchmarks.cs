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
/// <c>Session = new</c> measures calls 51–550 of a freshly started server and client: both processes still run much
/// of the request path as unoptimised (tier-0) JIT code and compile it in the background. <c>Session = warm</c> first
/// calls the tool for <see cref="WarmUpTime"/> (tiered compilation done on both sides), like a host that has been
/// talking to the server for a while, which is where a long-lived stdio server spends its life.
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
        if (Transport == "stdio")
        {
            _client = await McpServerProcess.ConnectStdioAsync(_dataDirectory);
        }
        else
        {
            (_httpServer, var baseAddress) = await McpServerProcess.StartHttpAsync(_dataDirectory);
            _client = await McpServerProcess.ConnectHttpAsync(baseAddress);
        }

        // Measuring error results would flatter the numbers: fail the run instead.
        var probe = await AnalyzeToneAsync();
        if (probe.IsError == true)
        {
            throw new InvalidOperationException("analyze_tone failed: " + string.Join(" ", probe.Content.OfType<TextContentBlock>().Select(b => b.Text)));
        }

        if (Session == "warm")
        {
            var elapsed = Stopwatch.StartNew();
            while (elapsed.Elapsed < WarmUpTime)
            {
                await AnalyzeToneAsync();
            }
        }
    }

    [Benchmark(Description = "analyze_tone round trip")]
    public async Task<CallToolResult> AnalyzeToneAsync() => await _client!.CallToolAsync("analyze_tone", Arguments);

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (_httpServer is not null)
        {
            _httpServer.Kill(entireProcessTree: true);
            await _httpServer.WaitForExitAsync();
            _httpServer.Dispose();
        }

        Directory.Delete(_dataDirectory, recursive: true);
    }
}
