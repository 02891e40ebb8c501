using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Embeddings;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Benchmarks.Memory;

/// <summary>
/// The global fallback of retrieval (issue 17): a contact with no history of its own is offered the owner's short
/// replies from every other one-to-one chat. <see cref="Chats"/> chats of <see cref="ExchangesPerChat"/> exchanges each,
/// already embedded (random unit vectors stand in for the sentence model's; one in fifty lies near a query, so some
/// pass the similarity bar), every reply short and free of stale facts, so all of them are in the pool.
/// </summary>
/// <remarks>
/// <see cref="GlobalSearch"/> is a reply's search once the pool is built (it is kept for <c>Storage:CacheSeconds</c>,
/// at least 5 minutes, and refreshed in the background); <see cref="FirstGlobalSearch"/> is the first search of a
/// process, which reads every chat to build the pool (run with the cache off, so each call builds it).
/// Run: dotnet run -c Release --project bench/WhatStyle.Benchmarks -- --filter '*GlobalFallbackBenchmarks*'.
/// </remarks>
[Config(typeof(MemoryBenchmarkConfig))]
[MemoryDiagnoser]
public class GlobalFallbackBenchmarks
{
    private static readonly string[] Queries = MemoryBenchmarkData.Queries;
    private static readonly string[] Replies = ["ok sounds good", "haha yes", "thanks!", "no worries", "on my way", "love that 😂", "sure thing", "night night"];

    private string _root = "";
    private ServiceProvider? _cached;
    private ServiceProvider? _uncached;
    private IConversationMemory _memory = null!;
    private IConversationMemory _coldMemory = null!;
    private string _newcomer = "";
    private string _coldNewcomer = "";
    private int _next;

    [Params(1_000)]
    public int Chats { get; set; }

    [Params(100)]
    public int ExchangesPerChat { get; set; }

    [GlobalSetup]
    public void Seed()
    {
        _root = Path.Combine(Path.GetTempPath(), "whatstyle-bench-global", Guid.NewGuid().ToString("N"));
        _cached = Services(cacheSeconds: null);
        var contacts = _cached.GetRequiredService<IContactDirectory>();
        var repository = _cached.GetRequiredService<IMessageRepository>();
        var queryVectors = Queries.Select(q => SentenceEmbeddingGenerator.Embed(q).ToArray()).ToArray();
        var random = new Random(17);
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var chat = 0; chat < Chats; chat++)
        {
            var key = ConversationKeys.ForId(contacts.GetOrCreateAsync($"Contact {chat:D4}").GetAwaiter().GetResult().Contact.Id);
            var batch = Enumerable.Range(0, ExchangesPerChat).Select(i =>
            {
                var n = chat * ExchangesPerChat + i;
                var vector = MemoryBenchmarkData.UnitVector(random, n % 50 == 0 ? queryVectors[n / 50 % queryVectors.Length] : null);
                return new StoredExchange($"x{n}", key, $"message number {n}", Replies[n % Replies.Length], start.AddMinutes(n * 7), vector, SentenceEmbeddingGenerator.Model);
            }).ToList();
            repository.SaveExchangesAsync(batch).GetAwaiter().GetResult();
        }

        _newcomer = contacts.GetOrCreateAsync("Newcomer").GetAwaiter().GetResult().Contact.Id;
        _memory = _cached.GetRequiredService<IConversationMemory>();
        _uncached = Services(cacheSeconds: "0");
        _coldNewcomer = _uncached.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Newcomer").GetAwaiter().GetResult().Contact.Id;
        _coldMemory = _uncached.GetRequiredService<IConversationMemory>();

        // The model loads and the pool is built here, not in the measurement; the queries' meanings are read once, as
        // the reply path reads a message before memory is asked.
        foreach (var query in Queries)
        {
            var found = _memory.FindSimilarExchangesAsync(_newcomer, query, 20).GetAwaiter().GetResult();
            Console.WriteLine($"// '{query}': {found.Count} replies from other chats offered, {found.Count(f => f.Global)} global");
        }
    }

    [Benchmark]
    public async Task<int> GlobalSearch() => (await _memory.FindSimilarExchangesAsync(_newcomer, Queries[_next++ % Queries.Length], 20)).Count;

    [Benchmark]
    public async Task<int> FirstGlobalSearch() => (await _coldMemory.FindSimilarExchangesAsync(_coldNewcomer, Queries[_next++ % Queries.Length], 20)).Count;

    [GlobalCleanup]
    public void Drop()
    {
        _cached?.Dispose();
        _uncached?.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>One process's services over the shared data directory; <paramref name="cacheSeconds"/> "0" keeps no pool.</summary>
    private ServiceProvider Services(string? cacheSeconds)
    {
        var settings = new Dictionary<string, string?> { ["Embeddings:Model"] = "sentence" };
        if (cacheSeconds is not null)
        {
            settings["Storage:CacheSeconds"] = cacheSeconds;
        }

        return MemoryBenchmarkData.Services(_root, settings);
    }
}
