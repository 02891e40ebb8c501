using BenchmarkDotNet.Attributes;
using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Tone.Model;
using WhatStyle.Tools.Tone.Rules;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Benchmarks.Tone;

/// <summary>Full tone analysis (scan, learned model, rules, cues) of a mixed chat set on one thread.</summary>
/// <remarks>Run: dotnet run -c Release --project bench/WhatStyle.Benchmarks -- --filter '*ToneAnalyzer*' --job short.
/// Times and allocations are per message (OperationsPerInvoke = the set size).</remarks>
[MemoryDiagnoser]
public class ToneAnalyzerBenchmarks
{
    private readonly string[] _messages = ChatMessages.All;
    private IToneAnalyzer _analyzer = null!;

    private ScannedMessage[] _scanned = null!;

    [GlobalSetup]
    public void Setup()
    {
        _analyzer = ToneAnalyzerFactory.CreateDefault();
        _scanned = [.. _messages.Select(m => new MessageScanner(Tools.Tone.Lexicon.ToneLexicon.Load(), Tools.Tone.Emoji.EmojiCatalog.Load()).Scan(m))];
    }

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

    /// <summary>The crisis and intent rules alone (issue 15) on already scanned messages: their share of the full analysis.</summary>
    [Benchmark(OperationsPerInvoke = 40)]
    public int CrisisAndIntentRules()
    {
        var sum = 0;
        foreach (var message in _scanned)
        {
            var cues = new CueList();
            sum += (int)IntentRules.Read(message, SentimentLabel.Neutral, cues, out _) + (int)CrisisRules.Level(CrisisRules.Read(message, 0.2f, cues, out _)).Level;
        }

        return sum;
    }

    [Benchmark]
    public int LoadShippedModel() => ToneModel.LoadEmbedded().Emotion.Classes;
}
