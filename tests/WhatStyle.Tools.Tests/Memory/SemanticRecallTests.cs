using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Memory;

/// <summary>
/// Retrieval by meaning (issue 17): recall@3 of the owner's past reply when the contact says the same thing in other
/// words (<see cref="ParaphraseSet"/>), for the sentence model memory uses and for the hashing embedder it replaced.
/// </summary>
public sealed class SemanticRecallTests
{
    /// <summary>The sentence model must find at least this share; the hashing embedder stays below it.</summary>
    private const double RecallTarget = 0.8;

    private static readonly DateTimeOffset Start = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FindSimilarExchangesAsync_SentenceModel_FindsParaphrasedMessages()
    {
        var recall = await RecallAtThreeAsync("sentence");

        Assert.True(recall >= RecallTarget, $"recall@3 by meaning was {recall:P0}, below {RecallTarget:P0}");
    }

    [Fact]
    public async Task FindSimilarExchangesAsync_HashingEmbedder_MissesParaphrasedMessages()
    {
        // The target above is one the embedder it replaced cannot reach: matching words is not matching meaning.
        var recall = await RecallAtThreeAsync("hashing");

        Assert.True(recall < RecallTarget, $"recall@3 by wording was {recall:P0}: the paraphrase set does not tell meaning from wording");
    }

    [Fact]
    public async Task EmbedPendingAsync_ImportedHistory_IsEmbeddedByMeaningAfterTheImport()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        using var services = data.BuildServices(new Dictionary<string, string?> { ["Embeddings:Model"] = "sentence" });
        var contact = (await services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Jo", ct)).Contact.Id;
        await services.GetRequiredService<IConversationMemory>().RecordManyAsync(Chat(contact), ct);
        var repository = services.GetRequiredService<IMessageRepository>();
        var key = ConversationKeys.ForId(contact);
        // An import-sized batch is stored with the lexical vector only: importing stays fast.
        Assert.All(await repository.ExchangesAsync(key, ct), x => Assert.StartsWith("whatstyle-hashing", x.Model, StringComparison.Ordinal));

        await services.GetRequiredService<IConversationMemory>().FindSimilarExchangesAsync(contact, "hello", 3, ct);
        // A search does not embed them (it compares them by wording); the backlog does, once.
        Assert.All(await repository.ExchangesAsync(key, ct), x => Assert.StartsWith("whatstyle-hashing", x.Model, StringComparison.Ordinal));
        Assert.Equal(ParaphraseSet.Items.Count, await services.GetRequiredService<IEmbeddingBacklog>().EmbedPendingAsync(cancellationToken: ct));

        Assert.All(await repository.ExchangesAsync(key, ct), x => Assert.Equal("all-MiniLM-L6-v2", x.Model));
    }

    [Theory]
    [InlineData("0.75")]
    [InlineData("0.7")]
    [InlineData("0.6")]
    [InlineData("0.5")]
    public async Task FindSimilarExchangesAsync_AnotherContactsParaphrases_FindsOnlyOfferableRepliesGlobally(string goodMatch)
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        using var services = data.BuildServices(new Dictionary<string, string?> { ["Embeddings:Model"] = "sentence", ["Memory:GoodMatchSimilarity"] = goodMatch });
        var directory = services.GetRequiredService<IContactDirectory>();
        var jo = (await directory.GetOrCreateAsync("Jo", ct)).Contact.Id;
        var mia = (await directory.GetOrCreateAsync("Mia", ct)).Contact.Id;
        var memory = services.GetRequiredService<IConversationMemory>();
        await memory.RecordManyAsync(Chat(jo), ct);
        await services.GetRequiredService<IEmbeddingBacklog>().EmbedPendingAsync(cancellationToken: ct);
        var names = GlobalReplies.NameWords(await services.GetRequiredService<IContactRepository>().ListAsync(ct));
        var offerable = ParaphraseSet.Items.Where(i => GlobalReplies.Offerable(i.Reply, names)).ToList();

        // Mia has no history: every result comes from Jo's chat, as the owner's reply alone.
        var found = 0;
        foreach (var (_, reply, paraphrase) in offerable)
        {
            var results = await memory.FindSimilarExchangesAsync(mia, paraphrase, 3, ct);
            Assert.All(results, r => Assert.True(r.Global && r.Incoming.Length == 0 && GlobalReplies.Offerable(r.Reply, names), r.Reply));
            found += results.Any(r => r.Reply == reply) ? 1 : 0;
        }

        foreach (var (_, reply, paraphrase) in ParaphraseSet.Items.Except(offerable))
        {
            Assert.DoesNotContain(await memory.FindSimilarExchangesAsync(mia, paraphrase, 3, ct), r => r.Reply == reply);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"global, good match from {goodMatch}: recall@3 {(double)found / offerable.Count:P1} ({found}/{offerable.Count} offerable replies; {ParaphraseSet.Items.Count - offerable.Count} of {ParaphraseSet.Items.Count} carry a fact or name and are never offered)");
        Assert.True(found > 0, "the global fallback found none of the offerable replies");
    }

    private static async Task<double> RecallAtThreeAsync(string model)
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        using var services = data.BuildServices(new Dictionary<string, string?> { ["Embeddings:Model"] = model });
        var contact = (await services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Jo", ct)).Contact.Id;
        var memory = services.GetRequiredService<IConversationMemory>();
        await memory.RecordManyAsync(Chat(contact), ct);
        await services.GetRequiredService<IEmbeddingBacklog>().EmbedPendingAsync(cancellationToken: ct);

        var found = 0;
        foreach (var (_, reply, paraphrase) in ParaphraseSet.Items)
        {
            var results = await memory.FindSimilarExchangesAsync(contact, paraphrase, 3, ct);
            found += results.Any(r => r.Reply == reply) ? 1 : 0;
        }

        var recall = (double)found / ParaphraseSet.Items.Count;
        TestContext.Current.TestOutputHelper?.WriteLine($"{model}: recall@3 {recall:P1} ({found}/{ParaphraseSet.Items.Count})");
        return recall;
    }

    /// <summary>Each original message and the owner's reply to it, a day apart.</summary>
    private static List<ConversationMessage> Chat(string contactId) =>
        [.. ParaphraseSet.Items.SelectMany((item, i) => new[]
        {
            new ConversationMessage($"p-{i}-in", contactId, null, MessageDirection.Incoming, item.Original, Start.AddDays(i)),
            new ConversationMessage($"p-{i}-out", contactId, null, MessageDirection.Outgoing, item.Reply, Start.AddDays(i).AddMinutes(5)),
        })];
}
