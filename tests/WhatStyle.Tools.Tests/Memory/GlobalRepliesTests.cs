using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Memory;

/// <summary>
/// Retrieval's global fallback (issue 17): when a contact's own memory has no good match, the owner's own short replies to
/// others are offered, reply only, and never one that carries another contact's name, number, date or place.
/// </summary>
public sealed class GlobalRepliesTests
{
    private const string Thanks = "thanks so much for the help yesterday";
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FindSimilarExchangesAsync_NoGoodMatchOfTheirOwn_OffersTheOwnersReplyToAnotherWithoutTheirMessage(bool quantised)
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        using var services = Build(data, quantised: quantised);
        var jake = await ContactAsync(services, "Jake", ct);
        var mia = await ContactAsync(services, "Mia", ct);
        await ExchangeAsync(services, jake, "j", Thanks, "no worries 👍", 0, ct);
        await ExchangeAsync(services, mia, "m", "thanks for the pizza", "my pleasure", 0, ct);

        var found = await services.GetRequiredService<IConversationMemory>().FindSimilarExchangesAsync(mia, Thanks, 3, ct);

        var global = found[0];
        Assert.True(global.Global);
        Assert.Equal("no worries 👍", global.Reply);
        Assert.Equal("", global.Incoming);
        Assert.True(global.Similarity >= 0.7);
        // Her own weaker match still follows.
        Assert.Contains(found, x => !x.Global && x.Reply == "my pleasure");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FindSimilarExchangesAsync_ReplyCarryingAnotherContactsNameNumberOrPlace_IsNeverOfferedGlobally(bool quantised)
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        using var services = Build(data, quantised: quantised);
        var directory = services.GetRequiredService<IContactDirectory>();
        var alex = await ContactAsync(services, "Alex", ct);
        await directory.UpdateSettingsAsync(alex, new ContactSettings { Nickname = "babe" }, ct);
        var jake = await ContactAsync(services, "Jake Miller", ct);
        var sam = await ContactAsync(services, "Sam", ct);
        var mia = await ContactAsync(services, "Mia", ct);
        string[] leaky =
        [
            "no worries babe",          // Alex's nickname
            "Jake you're welcome",      // a name at the start of a sentence
            "anytime miller",           // a name written in lower case
            "call me on 0170 1234567",  // a number
            "see you at Luigi's",       // a place
            "same again friday?",       // a weekday
            "sure, see alex later",     // another contact's name
            "look at www.example.org",  // a link
        ];
        for (var i = 0; i < leaky.Length; i++)
        {
            await ExchangeAsync(services, i % 2 == 0 ? alex : jake, $"l{i}", Thanks, leaky[i], i * 10, ct);
        }

        await ExchangeAsync(services, sam, "s", Thanks, "no problem at all", 0, ct);

        var found = await services.GetRequiredService<IConversationMemory>().FindSimilarExchangesAsync(mia, Thanks, 20, ct);

        Assert.Equal(["no problem at all"], found.Where(x => x.Global).Select(x => x.Reply));
        Assert.All(found, x => Assert.Equal("", x.Incoming));
    }

    [Fact]
    public async Task FindSimilarExchangesAsync_ContactsOwnGoodMatch_WinsOverAGlobalOne()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        using var services = Build(data);
        var jake = await ContactAsync(services, "Jake", ct);
        var mia = await ContactAsync(services, "Mia", ct);
        await ExchangeAsync(services, jake, "j", Thanks, "no worries", 100, ct);
        await ExchangeAsync(services, mia, "m", "thanks so much for the help", "anytime x", 0, ct);

        var found = await services.GetRequiredService<IConversationMemory>().FindSimilarExchangesAsync(mia, Thanks, 3, ct);

        Assert.Equal("anytime x", found[0].Reply);
        Assert.DoesNotContain(found, x => x.Global);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FindSimilarExchangesAsync_EqualGlobalMatches_TheRecentReplyFirst(bool quantised)
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        using var services = Build(data, quantised: quantised);
        var jake = await ContactAsync(services, "Jake", ct);
        var sam = await ContactAsync(services, "Sam", ct);
        var lea = await ContactAsync(services, "Lea", ct);
        var mia = await ContactAsync(services, "Mia", ct);
        await ExchangeAsync(services, jake, "j", Thanks, "no worries", 0, ct);
        await ExchangeAsync(services, lea, "l", Thanks, "happy to help", 200, ct);
        await ExchangeAsync(services, sam, "s", Thanks, "anytime", 400, ct);

        var found = await services.GetRequiredService<IConversationMemory>().FindSimilarExchangesAsync(mia, Thanks, 3, ct);

        Assert.Equal(["anytime", "happy to help", "no worries"], found.Select(x => x.Reply));
        Assert.All(found, x => Assert.Equal(1.0, x.Similarity, 3));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FindSimilarExchangesAsync_ReplyAddedOrStoredAgainAfterThePoolWasBuilt_OfferedInItsNewFormOnly(bool quantised)
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        using var services = Build(data, quantised: quantised);
        var jake = await ContactAsync(services, "Jake", ct);
        var sam = await ContactAsync(services, "Sam", ct);
        var mia = await ContactAsync(services, "Mia", ct);
        var memory = services.GetRequiredService<IConversationMemory>();
        await ExchangeAsync(services, jake, "j", Thanks, "no worries", 0, ct);
        Assert.Equal(["no worries"], (await memory.FindSimilarExchangesAsync(mia, Thanks, 3, ct)).Select(x => x.Reply));

        // This process's new reply joins the built pool, and Jake's exchange stored again (with a follow-up joined to
        // its reply) replaces the one kept.
        await ExchangeAsync(services, sam, "s", Thanks, "anytime", 1, ct);
        var stored = await services.GetRequiredService<IMessageRepository>().ExchangesAsync(ConversationKeys.ForContact(jake), ct);
        services.GetRequiredService<GlobalReplies>().Add(ConversationKeys.ForContact(jake), [stored[0] with { Reply = "no worries\nsee you" }]);

        var found = (await memory.FindSimilarExchangesAsync(mia, Thanks, 3, ct)).Select(x => x.Reply).ToList();

        Assert.Equal(["anytime", "no worries\nsee you"], found);
    }

    [Fact]
    public async Task FindSimilarExchangesAsync_GlobalFallbackOff_OffersNothingFromOthers()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        using var services = Build(data, new() { ["Memory:GlobalFallback"] = "false" });
        var jake = await ContactAsync(services, "Jake", ct);
        var mia = await ContactAsync(services, "Mia", ct);
        await ExchangeAsync(services, jake, "j", Thanks, "no worries", 0, ct);

        Assert.Empty(await services.GetRequiredService<IConversationMemory>().FindSimilarExchangesAsync(mia, Thanks, 3, ct));
    }

    [Fact]
    public async Task FindSimilarExchangesAsync_GroupChat_IsNeitherSearchedGloballyNorASource()
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        using var services = Build(data);
        var jake = await ContactAsync(services, "Jake", ct);
        var mia = await ContactAsync(services, "Mia", ct);
        var memory = services.GetRequiredService<IConversationMemory>();
        var group = (await services.GetRequiredService<WhatStyle.Tools.Contacts.Groups.IGroupDirectory>().GetOrCreateAsync("Family", ct)).Group.Id;
        await memory.RecordManyAsync(
        [
            new ConversationMessage("g1", jake, group, MessageDirection.Incoming, Thanks, Start),
            new ConversationMessage("g2", jake, group, MessageDirection.Outgoing, "no worries", Start.AddMinutes(2)),
        ], ct);

        Assert.Empty(await memory.FindSimilarExchangesAsync(mia, Thanks, 3, ct));
    }

    [Fact]
    public async Task FindSimilarExchangesAsync_AnotherProcessesReplyAfterThePoolsLifetime_IsReadInTheBackground()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(Start);
        using var data = new TempDataDirectory();
        using var services = data.BuildServices(
            new Dictionary<string, string?> { ["Embeddings:Model"] = "hashing" },
            configure: s => s.AddSingleton<TimeProvider>(time));
        var jake = await ContactAsync(services, "Jake", ct);
        var mia = await ContactAsync(services, "Mia", ct);
        var memory = services.GetRequiredService<IConversationMemory>();
        await ExchangeAsync(services, jake, "j", Thanks, "no worries", 0, ct);
        Assert.Equal(["no worries"], (await memory.FindSimilarExchangesAsync(mia, Thanks, 3, ct)).Select(x => x.Reply));

        // Written by another process (straight to the store): not seen within the pool's lifetime.
        var embedder = services.GetRequiredService<WhatStyle.Tools.Embeddings.HashingEmbeddingGenerator>();
        await services.GetRequiredService<IMessageRepository>().SaveExchangesAsync(
            [new StoredExchange("other", ConversationKeys.ForContact(jake), Thanks, "anytime", Start.AddDays(1), embedder.Embed(Thanks), embedder.ModelId)], ct);
        Assert.DoesNotContain("anytime", (await memory.FindSimilarExchangesAsync(mia, Thanks, 3, ct)).Select(x => x.Reply));

        time.Advance(TimeSpan.FromMinutes(6));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        IReadOnlyList<SimilarExchange> found;
        do
        {
            // The first search after the lifetime answers from the old pool and reads the new one in the background.
            found = await memory.FindSimilarExchangesAsync(mia, Thanks, 3, ct);
            await Task.Delay(20, ct);
        }
        while (!found.Any(x => x.Reply == "anytime") && DateTime.UtcNow < deadline);

        Assert.Equal(["anytime", "no worries"], found.Select(x => x.Reply));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PrepareAsync_AtStart_ReadsThePoolSoTheFirstSearchDoesNot(bool prepared)
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        using var services = Build(data);
        var jake = await ContactAsync(services, "Jake", ct);
        var mia = await ContactAsync(services, "Mia", ct);
        var memory = services.GetRequiredService<IConversationMemory>();
        await ExchangeAsync(services, jake, "j", Thanks, "no worries", 0, ct);
        if (prepared)
        {
            await memory.PrepareAsync(ct);
        }

        // Written by another process after the start (straight to the store): only a pool read after it sees it.
        var embedder = services.GetRequiredService<WhatStyle.Tools.Embeddings.HashingEmbeddingGenerator>();
        await services.GetRequiredService<IMessageRepository>().SaveExchangesAsync(
            [new StoredExchange("other", ConversationKeys.ForContact(jake), Thanks, "anytime", Start.AddDays(1), embedder.Embed(Thanks), embedder.ModelId)], ct);
        var found = (await memory.FindSimilarExchangesAsync(mia, Thanks, 3, ct)).Select(x => x.Reply);

        Assert.Equal(prepared ? ["no worries"] : ["anytime", "no worries"], found);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PrepareAsync_PoolPastTheExactLimit_LaysOutItsVectorsBeforeTheFirstSearch(bool prepared)
    {
        var ct = TestContext.Current.CancellationToken;
        using var data = new TempDataDirectory();
        using var services = Build(data, quantised: true);
        var jake = await ContactAsync(services, "Jake", ct);
        var mia = await ContactAsync(services, "Mia", ct);
        var memory = services.GetRequiredService<IConversationMemory>();
        await ExchangeAsync(services, jake, "j1", Thanks, "no worries", 0, ct);
        await ExchangeAsync(services, jake, "j2", "see you at the game", "see you there 👍", 1, ct);
        var global = services.GetRequiredService<GlobalReplies>();
        if (prepared)
        {
            await memory.PrepareAsync(ct);
        }

        Assert.Equal(prepared ? 2 : 0, global.LaidOut);
        var found = await memory.FindSimilarExchangesAsync(mia, Thanks, 3, ct);

        Assert.Equal("no worries", found[0].Reply);
        Assert.Equal(2, global.LaidOut);
    }

    [Theory]
    [InlineData("Memory:GoodMatchSimilarity", "1.5")]
    [InlineData("Memory:GoodMatchSimilarity", "0.1")]
    [InlineData("Memory:GlobalFallback", "sometimes")]
    public void MemoryOptions_BadValue_IsRefused(string key, string value)
    {
        using var data = new TempDataDirectory();
        using var services = Build(data, new() { [key] = value });

        Assert.ThrowsAny<Exception>(() => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<MemoryOptions>>().Value);
    }

    /// <param name="quantised">Every search past the exact comparison of each reply: the quantised scan picks candidates first.</param>
    private static ServiceProvider Build(TempDataDirectory data, Dictionary<string, string?>? settings = null, bool quantised = false)
    {
        var all = new Dictionary<string, string?> { ["Embeddings:Model"] = "hashing" };
        if (quantised)
        {
            all["Memory:ExactSearchUpTo"] = "0";
        }

        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return data.BuildServices(all);
    }

    private static async Task<string> ContactAsync(ServiceProvider services, string name, CancellationToken ct) =>
        (await services.GetRequiredService<IContactDirectory>().GetOrCreateAsync(name, ct)).Contact.Id;

    /// <summary>The contact's message and the owner's reply, <paramref name="day"/> days after the start.</summary>
    private static Task ExchangeAsync(ServiceProvider services, string contactId, string id, string incoming, string reply, int day, CancellationToken ct) =>
        services.GetRequiredService<IConversationMemory>().RecordManyAsync(
        [
            new ConversationMessage($"{id}-in", contactId, null, MessageDirection.Incoming, incoming, Start.AddDays(day)),
            new ConversationMessage($"{id}-out", contactId, null, MessageDirection.Outgoing, reply, Start.AddDays(day).AddMinutes(2)),
        ], ct);
}
