using BenchmarkDotNet.Attributes;
using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Tone.Model;

namespace WhatStyle.Benchmarks.Tone;

/// <summary>Full tone analysis (scan, learned model, rules, cues) of a mixed chat set on one thread.</summary>
/// <remarks>Run: dotnet run -c Release --project bench/WhatStyle.Benchmarks -- --filter '*ToneAnalyzer*' --job short.
/// Times and allocations are per message (OperationsPerInvoke = the set size).</remarks>
[MemoryDiagnoser]
public class ToneAnalyzerBenchmarks
{
    private readonly string[] _messages = ChatMessages.All;
    private IToneAnalyzer _analyzer = null!;

    [GlobalSetup]
    public void Setup() => _analyzer = ToneAnalyzerFactory.CreateDefault();

    [Benchmark(OperationsPerInvoke = 40)]
    public int AnalyzeMixedChat()
    {
        var sum = 0;
        foreach (var message in _messages)
        {
            sum += _analyzer.Analyze(message).Cues.Count;
        }

        return sum;
    }

    [Benchmark]
    public int LoadShippedModel() => ToneModel.LoadEmbedded().Emotion.Classes;
}
