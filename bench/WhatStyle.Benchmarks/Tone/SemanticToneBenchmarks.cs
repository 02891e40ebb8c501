using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using WhatStyle.Benchmarks.Mcp;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Benchmarks.Tone;

/// <summary>
/// The deep reading (rules plus sentence-embedding heads): once per incoming message as in the reply path, and batched
/// as for bulk work. Each invocation reads one message (round robin over the chat set), so P50 is per message.
/// </summary>
/// <remarks>Run: dotnet run -c Release --project bench/WhatStyle.Benchmarks -- --filter '*SemanticTone*'.</remarks>
[MemoryDiagnoser]
[Config(typeof(Percentiles))]
public class SemanticToneBenchmarks
{
    private readonly string[] _messages = ChatMessages.All;
    private IDeepToneAnalyzer _deep = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _deep = ToneAnalyzerFactory.CreateDeep();
        _deep.Analyze("warm-up: the model loads here, not in the measurement");
    }

    // The embedder remembers the last single texts it encoded (the reply path reads one message more than once), so a
    // round robin over the set would soon measure only that memory. A running number makes every invocation a new text.
    [Benchmark]
    public int DeepAnalyzeOneMessage()
    {
        var n = _next++;
        return _deep.Analyze($"{_messages[n % _messages.Length]} {n}").Cues.Count;
    }

    [Benchmark(OperationsPerInvoke = 40)]
    public int DeepAnalyzeBatchOf40() => _deep.AnalyzeBatch(_messages).Count;

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(new PercentileColumn(50), new PercentileColumn(95));
    }
}
