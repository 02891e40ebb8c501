using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using ModelContextProtocol.Client;

namespace WhatStyle.Benchmarks.Mcp;

/// <summary>How long a client waits for a stdio server to be ready: process start, host start and the protocol handshake.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 2, iterationCount: 15, id: "Startup")]
[MinColumn, MaxColumn, MedianColumn]
public class McpStdioStartupBenchmarks
{
    private string _dataDirectory = "";
    private McpClient? _client;

    [GlobalSetup]
    public void Setup() => _dataDirectory = Directory.CreateTempSubdirectory("whatstyle-bench-ready-").FullName;

    [Benchmark(Description = "stdio server ready (spawn + handshake)")]
    public async Task ConnectAsync() => _client = await McpServerProcess.ConnectStdioAsync(_dataDirectory);

    // Shutting the server down is not part of "ready", so it happens outside the measurement.
    [IterationCleanup]
    public void StopServer()
    {
        _client?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _client = null;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dataDirectory, recursive: true);
}
