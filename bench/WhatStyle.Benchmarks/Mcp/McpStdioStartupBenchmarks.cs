using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using ModelContextProtocol.Client;
using Perfolizer.Mathematics.OutlierDetection;

namespace WhatStyle.Benchmarks.Mcp;

/// <summary>How long a client waits for a stdio server to be ready: process start, host start and the protocol handshake.</summary>
[Config(typeof(StartupConfig))]
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

    /// <summary>Cold start, 2 warm-up and 15 measured server starts, each a fresh process; a slow start is kept, not dropped as an outlier.</summary>
    private sealed class StartupConfig : ManualConfig
    {
        public StartupConfig()
        {
            AddJob(Job.Default
                .WithStrategy(RunStrategy.ColdStart)
                .WithLaunchCount(1)
                .WithWarmupCount(2)
                .WithIterationCount(15)
                .WithOutlierMode(OutlierMode.DontRemove)
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithId("Startup"));
            AddColumn(StatisticColumn.Min, StatisticColumn.Median, StatisticColumn.Max);
        }
    }
}
