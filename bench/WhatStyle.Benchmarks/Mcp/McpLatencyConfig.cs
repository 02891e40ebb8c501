using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using Perfolizer.Horology;
using Perfolizer.Mathematics.OutlierDetection;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace WhatStyle.Benchmarks.Mcp;

/// <summary>
/// One call per iteration, so the percentiles are per-call latencies (not means of batches): 50 warm-up calls, then 500
/// measured calls, as one client calling one tool at a time, like an MCP host does. Outliers are kept (a slow call is
/// a real call; removing them would flatter P95/P99) and no full GC is forced between calls (a real client does not).
/// In-process toolchain: the server under test is a separate process anyway, and generating a boilerplate project
/// costs minutes on a busy machine.
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
            .WithOutlierMode(OutlierMode.DontRemove)
            .WithGcForce(false)
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("PerCall"));
        AddColumn(StatisticColumn.P50, StatisticColumn.P95, new PercentileColumn(99), StatisticColumn.Max);
        // Milliseconds in every column, so the P99 column (always ms) reads alongside the others.
        WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(TimeUnit.Millisecond));
    }
}
