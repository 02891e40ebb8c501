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
    public async Task FindSimilarExchangesAsync_ImportedHistory_IsEmbeddedByMeaningOnFirstSearch()
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

        Assert.All(await repository.ExchangesAsync(key, ct), x => Assert.Equal("all-MiniLM-L6-v2", x.Model));
    }

    private static async Task<double> RecallAtThreeAsync(string model)
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        using var services = data.BuildServices(new Dictionary<string, string?> { ["Embeddings:Model"] = model });
        var contact = (await services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("Jo", ct)).Contact.Id;
        var memory = services.GetRequiredService<IConversationMemory>();
        await memory.RecordManyAsync(Chat(contact), ct);

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
