using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace WhatStyle.Benchmarks.Mcp;

/// <summary>
/// One call per iteration, so the percentiles are per-call latencies (not means of batches): 50 warm-up calls,
/// then 500 measured calls, as one client calling one tool at a time, like an MCP host does.
/// </summary>
internal sealed class McpLatencyConfig : ManualConfig
{
    public McpLatencyConfig()
    {
        AddJob(Job.Default
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithWarmupCount(50)
            .WithIterationCount(500)
            .WithId("PerCall"));
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99));
    }
}
