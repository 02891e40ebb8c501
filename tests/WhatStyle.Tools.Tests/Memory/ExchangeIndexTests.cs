using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Embeddings;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Memory;

/// <summary>Searches rank exchanges kept in process; writes of this process are seen at once, another's after Storage:CacheSeconds.</summary>
public sealed class ExchangeIndexTests
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FindSimilarExchangesAsync_AfterThisProcessRecordsAnExchange_FindsIt()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        using var services = data.BuildServices(new Dictionary<string, string?> { ["Embeddings:Model"] = "hashing" });
        var memory = services.GetRequiredService<IConversationMemory>();
        var jo = (await services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Jo", ct)).Contact.Id;
        await memory.RecordManyAsync([Message(jo, "a", MessageDirection.Incoming, "pizza tonight?", 0), Message(jo, "b", MessageDirection.Outgoing, "yes please", 1)], ct);
        Assert.Single(await memory.FindSimilarExchangesAsync(jo, "pizza tonight?", 5, ct));

        await memory.RecordAsync(Message(jo, "c", MessageDirection.Incoming, "pizza again tonight?", 60), ct);
        await memory.RecordAsync(Message(jo, "d", MessageDirection.Outgoing, "why not", 61), ct);

        Assert.Equal(2, (await memory.FindSimilarExchangesAsync(jo, "pizza tonight?", 5, ct)).Count);
    }

    [Fact]
    public async Task FindSimilarExchangesAsync_AfterThisProcessRecordsAnExchange_TakesItInWithoutReadingTheConversationAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        var counts = new RepositoryCallCounts();
        using var data = new TempDataDirectory();
        using var services = data.BuildServices(
            new Dictionary<string, string?> { ["Embeddings:Model"] = "hashing" },
            configure: s =>
            {
                s.AddSingleton<TimeProvider>(new FakeTimeProvider(Start));
                counts.Decorate(s);
            });
        var memory = services.GetRequiredService<IConversationMemory>();
        var jo = (await services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Jo", ct)).Contact.Id;
        await memory.RecordManyAsync([Message(jo, "a", MessageDirection.Incoming, "pizza tonight?", 0), Message(jo, "b", MessageDirection.Outgoing, "yes please", 1)], ct);
        Assert.Single(await memory.FindSimilarExchangesAsync(jo, "pizza tonight?", 5, ct));

        await memory.RecordAsync(Message(jo, "c", MessageDirection.Incoming, "pizza again tonight?", 60), ct);
        await memory.RecordAsync(Message(jo, "d", MessageDirection.Outgoing, "why not", 61), ct);
        var found = await memory.FindSimilarExchangesAsync(jo, "pizza tonight?", 5, ct);

        Assert.Equal(["why not", "yes please"], found.Select(x => x.Reply).Order(StringComparer.Ordinal));
        Assert.Equal(1, counts["ExchangesAsync:" + ConversationKeys.ForId(jo)]);
    }

    [Fact]
    public async Task FindSimilarExchangesAsync_AnotherProcessesWrite_IsSeenAfterTheCacheLifetime()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(Start);
        using var data = new TempDataDirectory();
        using var services = data.BuildServices(
            new Dictionary<string, string?> { ["Embeddings:Model"] = "hashing", ["Storage:CacheSeconds"] = "30" },
            configure: s => s.AddSingleton<TimeProvider>(clock));
        var memory = services.GetRequiredService<IConversationMemory>();
        var jo = (await services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Jo", ct)).Contact.Id;
        await memory.RecordManyAsync([Message(jo, "a", MessageDirection.Incoming, "pizza tonight?", 0), Message(jo, "b", MessageDirection.Outgoing, "yes please", 1)], ct);
        Assert.Single(await memory.FindSimilarExchangesAsync(jo, "pizza tonight?", 5, ct));

        // Written straight to the database, as another process (the bridge beside the CLI) would.
        var vector = services.GetRequiredService<HashingEmbeddingGenerator>().Embed("pizza tonight?");
        await services.GetRequiredService<IMessageRepository>().SaveExchangesAsync(
            [new StoredExchange("other", ConversationKeys.ForId(jo), "pizza tonight?", "sure", Start.AddHours(2), vector, services.GetRequiredService<HashingEmbeddingGenerator>().ModelId)], ct);

        Assert.Single(await memory.FindSimilarExchangesAsync(jo, "pizza tonight?", 5, ct));
        clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal(2, (await memory.FindSimilarExchangesAsync(jo, "pizza tonight?", 5, ct)).Count);
    }

    [Fact]
    public async Task FindSimilarExchangesAsync_LargeConversationScannedInBytes_RanksAsTheExactSearch()
    {
        var ct = TestContext.Current.CancellationToken;
        var words = new[] { "pizza", "tonight", "exam", "friday", "cinema", "lift", "thanks", "call", "later", "dinner", "mum", "train", "late", "party", "weekend" };
        var random = new Random(11);
        var chat = new List<(MessageDirection, string)>();
        for (var i = 0; i < 300; i++)
        {
            chat.Add((MessageDirection.Incoming, string.Join(' ', Enumerable.Range(0, 4).Select(_ => words[random.Next(words.Length)]))));
            chat.Add((MessageDirection.Outgoing, $"reply {i}"));
        }

        string[] queries = ["pizza tonight", "exam on friday", "call me later", "train is late", "thanks for dinner"];
        var exact = await SearchAsync(new Dictionary<string, string?> { ["Embeddings:Model"] = "hashing" }, chat, queries, ct);
        var scanned = await SearchAsync(new Dictionary<string, string?> { ["Embeddings:Model"] = "hashing", ["Memory:ExactSearchUpTo"] = "0" }, chat, queries, ct);

        Assert.Equal(queries.Length * 3, exact.Count);
        Assert.Equal(exact, scanned);
    }

    [Fact]
    public async Task FindSimilarExchangesAsync_LiveExchange_IsEmbeddedWhenRecordedAndNotAgainWhenSearched()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        CountingEmbeddingGenerator? counting = null;
        using var services = data.BuildServices(
            new Dictionary<string, string?> { ["Embeddings:Model"] = "hashing" },
            configure: s => s.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(p => counting = new CountingEmbeddingGenerator(p.GetRequiredService<HashingEmbeddingGenerator>())));
        var memory = services.GetRequiredService<IConversationMemory>();
        var jo = (await services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Jo", ct)).Contact.Id;

        await memory.RecordAsync(Message(jo, "a", MessageDirection.Incoming, "pizza tonight?", 0), ct);
        await memory.RecordAsync(Message(jo, "b", MessageDirection.Outgoing, "yes please", 1), ct);
        Assert.Equal(["pizza tonight?"], counting!.Texts);

        Assert.Single(await memory.FindSimilarExchangesAsync(jo, "pizza later?", 3, ct));
        Assert.Single(await memory.FindSimilarExchangesAsync(jo, "pizza again?", 3, ct));

        // Only the questions asked: the stored exchange keeps the vector it was given when it was recorded.
        Assert.Equal(["pizza tonight?", "pizza later?", "pizza again?"], counting.Texts);
    }

    private static async Task<List<SimilarExchange>> SearchAsync(Dictionary<string, string?> settings, List<(MessageDirection Direction, string Text)> chat, string[] queries, CancellationToken ct)
    {
        using var data = new TempDataDirectory();
        using var services = data.BuildServices(settings);
        var memory = services.GetRequiredService<IConversationMemory>();
        var jo = (await services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Jo", ct)).Contact.Id;
        await memory.RecordManyAsync([.. chat.Select((m, i) => Message(jo, $"m{i}", m.Direction, m.Text, i))], ct);
        var found = new List<SimilarExchange>();
        foreach (var query in queries)
        {
            found.AddRange(await memory.FindSimilarExchangesAsync(jo, query, 3, ct));
        }

        return found;
    }

    private static ConversationMessage Message(string contact, string id, MessageDirection direction, string text, int minutes) =>
        new($"{contact}-{id}", contact, null, direction, text, Start.AddMinutes(minutes));
}
