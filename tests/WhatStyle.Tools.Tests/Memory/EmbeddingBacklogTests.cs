using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Embeddings;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Memory;

/// <summary>
/// Imported history is stored with the lexical vector only and embedded by meaning afterwards (issue 17): once each,
/// resumably, while searches keep finding the waiting exchanges by wording.
/// </summary>
public sealed class EmbeddingBacklogTests
{
    private const string Meaning = "test-meaning";
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("5000")]
    [InlineData("0")]
    public async Task EmbedPendingAsync_ImportedHistory_IsFoundByWordingUntilEmbeddedOnce(string exactSearchUpTo)
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        CountingEmbeddingGenerator? counting = null;
        using var services = Build(data, c => counting = c, exactSearchUpTo);
        var jo = (await services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Jo", ct)).Contact.Id;
        var memory = services.GetRequiredService<IConversationMemory>();
        var backlog = services.GetRequiredService<IEmbeddingBacklog>();
        await memory.RecordManyAsync(Chat(jo, 40), ct);

        var before = Assert.Single(await backlog.StatusAsync(ct));
        Assert.Equal((40, 0, 40), (before.Exchanges, before.Embedded, before.Pending));
        // Waiting exchanges are compared by wording, and a search embeds only its question.
        Assert.Equal("reply 7", (await memory.FindSimilarExchangesAsync(jo, "question number 7 about the garden", 3, ct))[0].Reply);
        Assert.Equal(["question number 7 about the garden"], counting!.Texts);

        Assert.Equal(40, await backlog.EmbedPendingAsync(cancellationToken: ct));

        var after = Assert.Single(await backlog.StatusAsync(ct));
        Assert.Equal((40, 40, 0), (after.Exchanges, after.Embedded, after.Pending));
        Assert.All(await services.GetRequiredService<IMessageRepository>().ExchangesAsync(ConversationKeys.ForId(jo), ct), x => Assert.Equal(Meaning, x.Model));
        Assert.Equal("reply 7", (await memory.FindSimilarExchangesAsync(jo, "question number 7 about the garden", 3, ct))[0].Reply);
        var embedded = counting.Texts.Count;
        Assert.Equal(0, await backlog.EmbedPendingAsync(cancellationToken: ct));
        Assert.Equal(embedded, counting.Texts.Count);
    }

    [Fact]
    public async Task EmbedPendingAsync_StoppedPartWay_ResumesAfterARestartWithoutEmbeddingAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        string jo;
        using (var first = Build(data, _ => { }))
        {
            jo = (await first.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Jo", ct)).Contact.Id;
            await first.GetRequiredService<IConversationMemory>().RecordManyAsync(Chat(jo, 100), ct);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            // Stopped once the first batch is stored, as a shutdown would.
            var progress = new InlineProgress(p =>
            {
                if (p.Done > 0)
                {
                    stop.Cancel();
                }
            });
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.GetRequiredService<IEmbeddingBacklog>().EmbedPendingAsync(progress, stop.Token));
            var stopped = Assert.Single(await first.GetRequiredService<IEmbeddingBacklog>().StatusAsync(ct));
            Assert.Equal(EmbeddingBacklog.Batch, stopped.Embedded);
        }

        CountingEmbeddingGenerator? counting = null;
        using var second = Build(data, c => counting = c);
        Assert.Equal(100 - EmbeddingBacklog.Batch, await second.GetRequiredService<IEmbeddingBacklog>().EmbedPendingAsync(cancellationToken: ct));
        Assert.Equal(100 - EmbeddingBacklog.Batch, counting!.Texts.Count);
        Assert.Equal(0, Assert.Single(await second.GetRequiredService<IEmbeddingBacklog>().StatusAsync(ct)).Pending);
    }

    [Fact]
    public async Task UpdateVectorsAsync_ExchangeWrittenAgainMeanwhile_KeepsTheNewerWrite()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        using var services = data.BuildServices(new Dictionary<string, string?> { ["Embeddings:Model"] = "hashing" });
        var repository = services.GetRequiredService<IMessageRepository>();
        var stored = new StoredExchange("x1", "c:jo", "are you up?", "yes", Start, new float[] { 1, 0 }, "old");
        await repository.SaveExchangesAsync([stored with { Incoming = "are you up? still awake?" }], ct);

        Assert.Equal(0, await repository.UpdateVectorsAsync([stored with { Vector = new float[] { 0, 1 }, Model = Meaning }], ct));
        Assert.Equal(1, await repository.UpdateVectorsAsync([stored with { Incoming = "are you up? still awake?", Vector = new float[] { 0, 1 }, Model = Meaning }], ct));

        var kept = Assert.Single(await repository.ExchangesAsync("c:jo", ct));
        Assert.Equal(("are you up? still awake?", "yes", Meaning), (kept.Incoming, kept.Reply, kept.Model));
    }

    /// <summary>Memory whose embedder is a model other than the lexical one, so an import's exchanges wait for it.</summary>
    private static ServiceProvider Build(TempDataDirectory data, Action<CountingEmbeddingGenerator> created, string exactSearchUpTo = "5000") =>
        data.BuildServices(
            new Dictionary<string, string?> { ["Embeddings:Model"] = "hashing", ["Memory:ExactSearchUpTo"] = exactSearchUpTo },
            configure: s => s.AddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(p =>
            {
                var counting = new CountingEmbeddingGenerator(new RenamedEmbeddingGenerator(p.GetRequiredService<HashingEmbeddingGenerator>(), Meaning, 384));
                created(counting);
                return counting;
            }));

    /// <summary><paramref name="exchanges"/> question-and-reply pairs, an hour apart: an import-sized batch.</summary>
    private static List<ConversationMessage> Chat(string contactId, int exchanges) =>
        [.. Enumerable.Range(0, exchanges).SelectMany(i => new[]
        {
            new ConversationMessage($"q{i}", contactId, null, MessageDirection.Incoming, $"question number {i} about the garden", Start.AddHours(i)),
            new ConversationMessage($"r{i}", contactId, null, MessageDirection.Outgoing, $"reply {i}", Start.AddHours(i).AddMinutes(2)),
        })];

    /// <summary>Reports on the caller's thread, at once (<see cref="Progress{T}"/> would post it later).</summary>
    private sealed class InlineProgress(Action<EmbeddingProgress> report) : IProgress<EmbeddingProgress>
    {
        public void Report(EmbeddingProgress value) => report(value);
    }
}
