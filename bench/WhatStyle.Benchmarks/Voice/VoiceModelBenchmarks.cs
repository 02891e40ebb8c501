using BenchmarkDotNet.Attributes;
using WhatStyle.Benchmarks.Tone;
using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Benchmarks.Voice;

/// <summary>
/// The owner's voice model: one prediction (what every one-to-one reply pays), reading a version from disk (once per
/// process and per new version), and training a version from 1,200 examples (what `train --voice` and the background
/// retrain pay, without the tone reading of each incoming message).
/// </summary>
[MemoryDiagnoser]
public class VoiceModelBenchmarks
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "whatstyle-bench-voice-" + Guid.NewGuid().ToString("N"));
    private List<(VoiceInput Input, VoiceExample Example)> _examples = [];
    private VoiceModelStore _store = null!;
    private VoiceModel _model = null!;
    private VoiceInput[] _inputs = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        // Three contacts, each answered in their own way, 1,200 exchanges in all.
        string[] contacts = ["jake", "dad", "alex"];
        string[] replies = ["lol ok see u there", "Yes, that sounds good. Love, Sam", "yes babe!! can't wait 😘❤️"];
        var intents = Enum.GetValues<MessageIntent>();
        _examples = [.. Enumerable.Range(0, 1200).Select(i =>
        {
            var text = ChatMessages.All[i % ChatMessages.All.Length];
            var input = new VoiceInput(contacts[i % 3], text, intents[i % intents.Length], i % 5 == 0, (SentimentLabel)(i % 3));
            return (input, new VoiceExample(contacts[i % 3], text, replies[i % 3], i % 17 == 0 ? VoiceExampleKind.Rejected : VoiceExampleKind.Owner));
        })];
        _inputs = [.. _examples.Take(64).Select(e => e.Input)];
        _store = new VoiceModelStore(_root);
        var manifest = _store.Add(directory => VoiceModelTrainer.Train(_examples, directory), DateTimeOffset.UnixEpoch, new Dictionary<string, int> { ["owner"] = 1200 }, "bench");
        _model = _store.Load(manifest.Version);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark]
    public VoicePrediction Predict() => _model.Predict(_inputs[_next++ % _inputs.Length]);

    [Benchmark]
    public VoiceModel LoadVersion() => _store.Load(1);

    [Benchmark]
    public void Train()
    {
        var directory = Path.Combine(_root, "train-" + _next++);
        VoiceModelTrainer.Train(_examples, directory);
        Directory.Delete(directory, recursive: true);
    }
}
