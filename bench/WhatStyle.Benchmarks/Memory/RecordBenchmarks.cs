using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Benchmarks.Memory;

/// <summary>
/// Recording one exchange live (issue 17: its embedding is computed once, when it is recorded, p50 at most 15 ms): each
/// call records the owner's reply to a contact's message already recorded, as the bridge records them one by one; the
/// reply forms the exchange, whose incoming text the sentence model (all-MiniLM-L6-v2) encodes there and then, and both
/// are written (default shared connection mode). Every incoming text is new, so every call really encodes it (in the
/// reply path the text was usually read already, for the crisis check and the tone, and is not encoded again).
/// </summary>
/// <remarks>Run: dotnet run -c Release --project bench/WhatStyle.Benchmarks -- --filter '*RecordBenchmarks*'.</remarks>
[Config(typeof(MemoryBenchmarkConfig))]
[MemoryDiagnoser]
public class RecordBenchmarks
{
    private static readonly string[] Incoming = ["are you free tonight?", "how did the exam go", "thanks for the lift", "can you call me later", "want to grab lunch tomorrow"];
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 8, 0, 0, TimeSpan.Zero);
    private string _root = "";
    private ServiceProvider? _services;
    private IConversationMemory _memory = null!;
    private string _contact = "";
    private const int Waiting = 20_000;
    private int _next;

    /// <summary>"sentence" (the model) or "hashing": the same recording without the model shows what the embedding costs.</summary>
    [Params("sentence", "hashing")]
    public string Embedder { get; set; } = "sentence";

    [GlobalSetup]
    public void Seed()
    {
        _root = Path.Combine(Path.GetTempPath(), "whatstyle-bench-record", Guid.NewGuid().ToString("N"));
        _services = MemoryBenchmarkData.Services(_root, new Dictionary<string, string?> { ["Embeddings:Model"] = Embedder });
        _memory = _services.GetRequiredService<IConversationMemory>();
        _contact = _services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Robin").GetAwaiter().GetResult().Contact.Id;
        // 500 earlier exchanges, then the contact's messages that the calls answer, one each (more than a run makes).
        var history = Enumerable.Range(0, 500).Select(Pair).SelectMany(p => (ConversationMessage[])[p.Incoming, p.Reply]);
        var waiting = Enumerable.Range(500, Waiting).Select(i => Pair(i).Incoming);
        foreach (var batch in history.Concat(waiting).Chunk(5_000))
        {
            _memory.RecordManyAsync(batch).GetAwaiter().GetResult();
        }

        _next = 500;
        // The model loads here, not in the measurement.
        RecordExchange().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> RecordExchange()
    {
        if (_next >= 500 + Waiting)
        {
            throw new InvalidOperationException($"More than {Waiting} calls: raise Waiting.");
        }

        await _memory.RecordAsync(Pair(_next++).Reply);
        return _next;
    }

    [GlobalCleanup]
    public void Drop()
    {
        _services?.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private (ConversationMessage Incoming, ConversationMessage Reply) Pair(int n)
    {
        var at = Start.AddMinutes(n * 20);
        return (
            new ConversationMessage($"in-{n}", _contact, null, MessageDirection.Incoming, $"{Incoming[n % Incoming.Length]} (#{n})", at),
            new ConversationMessage($"out-{n}", _contact, null, MessageDirection.Outgoing, "sure, see you then", at.AddMinutes(2)));
    }

}
