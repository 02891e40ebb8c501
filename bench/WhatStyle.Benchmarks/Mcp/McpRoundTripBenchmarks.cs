using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace WhatStyle.Benchmarks.Mcp;

/// <summary>analyze_tone round trip (client → server process → tone engine → client) over stdio and Streamable HTTP.</summary>
[Config(typeof(McpLatencyConfig))]
public class McpRoundTripBenchmarks
{
    private static readonly Dictionary<string, object?> Arguments = new() { ["text"] = "sooo happy for you!! 🎉 can't wait to celebrate" };

    private string _dataDirectory = "";
    private Process? _httpServer;
    private McpClient? _client;

    [Params("stdio", "http")]
    public string Transport { get; set; } = "stdio";

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
