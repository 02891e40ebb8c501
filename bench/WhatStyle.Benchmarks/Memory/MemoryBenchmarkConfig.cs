using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using WhatStyle.Benchmarks.Mcp;

namespace WhatStyle.Benchmarks.Memory;

/// <summary>
/// The memory benchmarks' job: in process (their setup seeds a database and loads the sentence model, too slow to repeat
/// per launch), one launch, ten iterations, with p50 and p95 beside the mean (the targets are p50).
/// </summary>
public sealed class MemoryBenchmarkConfig : ManualConfig
{
    public MemoryBenchmarkConfig()
    {
        AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true))
            .WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(10));
        AddColumn(new PercentileColumn(50), new PercentileColumn(95));
    }
}
