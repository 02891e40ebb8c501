using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Embeddings;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Benchmarks.Memory;

/// <summary>
/// Retrieval by meaning (issue 17: p50 at most 10 ms over 100,000 exchanges): one contact's conversation holds
/// <see cref="Exchanges"/> exchanges already embedded by the sentence model (random unit vectors stand in for them:
/// embedding 100,000 texts would take ten minutes and measure the model, not the search), and each call embeds a new
/// message and ranks every exchange, as a reply does.
/// </summary>
/// <remarks>
/// Two cases: <see cref="FindSimilarExchanges"/> asks with a message whose meaning was already read (the reply path reads
/// it once, for the crisis check and the tone, before memory is asked), so it measures the search;
/// <see cref="FindSimilarExchanges_AfterNewExchange"/> is the first search after the owner's reply added an exchange
/// (its vector is encoded from a remembered text, so the call measures the append and the search);
/// <see cref="BuildVectorBlock"/> is the one-off work of the first search after the conversation is loaded or changes;
/// <see cref="FindSimilarExchanges_NewMessage"/> asks with a text never seen, so the model encodes it first. The setup
/// prints recall@3 and recall@20 of the search against exact search over the same exchanges.
/// </remarks>
/// <remarks>Run: dotnet run -c Release --project bench/WhatStyle.Benchmarks -- --filter '*RetrievalBenchmarks*'.</remarks>
[Config(typeof(MemoryBenchmarkConfig))]
[MemoryDiagnoser]
public class RetrievalBenchmarks
{
    private static readonly string[] Queries = MemoryBenchmarkData.Queries;
    private string _root = "";
    private ServiceProvider? _services;
    private IConversationMemory _memory = null!;
    private string _contact = "";
    private int _next;
    private IReadOnlyList<StoredExchange> _stored = [];
    private ExchangeIndex _index = null!;
    private string _key = "";
    private DateTimeOffset _newest;
    private Func<TimeSpan, double> _recency = _ => 0;

    [Params(10_000, 100_000)]
    public int Exchanges { get; set; }

    [GlobalSetup]
    public void Seed()
    {
        _root = Path.Combine(Path.GetTempPath(), "whatstyle-bench-retrieval", Guid.NewGuid().ToString("N"));
        _services = MemoryBenchmarkData.Services(_root, new Dictionary<string, string?> { ["Embeddings:Model"] = "sentence" });
        _memory = _services.GetRequiredService<IConversationMemory>();
        _contact = _services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Robin").GetAwaiter().GetResult().Contact.Id;
        var key = ConversationKeys.ForId(_contact);
        var random = new Random(17);
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var repository = _services.GetRequiredService<IMessageRepository>();
        for (var done = 0; done < Exchanges; done += 5_000)
        {
            var batch = Enumerable.Range(done, Math.Min(5_000, Exchanges - done))
                .Select(i => new StoredExchange($"x{i}", key, $"message number {i}", $"reply {i}", start.AddMinutes(i * 30), MemoryBenchmarkData.UnitVector(random), SentenceEmbeddingGenerator.Model))
                .ToList();
            repository.SaveExchangesAsync(batch).GetAwaiter().GetResult();
        }

        // The model loads here, not in the measurement.
        _memory.FindSimilarExchangesAsync(_contact, "warm-up", 3).GetAwaiter().GetResult();
        _index = _services.GetRequiredService<ExchangeIndex>();
        _key = key;
        var stored = _index.GetAsync(key, CancellationToken.None).GetAwaiter().GetResult();
        _newest = stored.Max(x => x.Timestamp);
        var options = _services.GetRequiredService<IOptions<MemoryOptions>>().Value;
        _stored = stored;
        _recency = age => options.RecencyBonus * Math.Pow(2, -Math.Max(0, age.TotalDays) / options.RecencyHalfLifeDays);
        var recallQueries = Enumerable.Range(0, 100).Select(i => $"{Queries[i % Queries.Length]} ({i})").ToList();
        foreach (var k in (int[])[3, 20])
        {
            var recall = RetrievalRecall.MeasureAsync(_memory, stored, options, _contact, recallQueries, k).GetAwaiter().GetResult();
            Console.WriteLine($"// recall@{k} against exact search, {Exchanges:N0} exchanges, {recallQueries.Count} queries: {recall:P1}");
        }
    }

    [Benchmark]
    public async Task<int> FindSimilarExchanges() => (await _memory.FindSimilarExchangesAsync(_contact, Queries[_next++ % Queries.Length], 20)).Count;

    [Benchmark]
    public async Task<int> FindSimilarExchanges_NewMessage() =>
        (await _memory.FindSimilarExchangesAsync(_contact, $"{Queries[_next % Queries.Length]} #{_next++}", 20)).Count;

    /// <summary>The first search after the owner's new reply: the exchange joins the kept conversation, then the search.</summary>
    [Benchmark]
    public async Task<int> FindSimilarExchanges_AfterNewExchange()
    {
        var n = _next++;
        var vector = SentenceEmbeddingGenerator.Embed(Queries[n % Queries.Length]);
        _index.Add(_key, [new StoredExchange($"new{n}", _key, $"new message {n}", "ok", _newest.AddMinutes(n), vector, SentenceEmbeddingGenerator.Model)]);
        return (await _memory.FindSimilarExchangesAsync(_contact, Queries[n % Queries.Length], 20)).Count;
    }

    /// <summary>Laying the vectors out in signed bytes, as the first search after a load or a new exchange does.</summary>
    [Benchmark]
    public int BuildVectorBlock() => ExchangeVectors.Build(_stored, SentenceEmbeddingGenerator.Model, 384, _recency).Waiting.Count;

    [GlobalCleanup]
    public void Drop()
    {
        _services?.Dispose();
        Directory.Delete(_root, recursive: true);
    }

}
