using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tests.Support;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Memory;

public sealed class ConversationMemoryTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 18, 0, 0, TimeSpan.FromHours(1));
    private readonly TempDataDirectory _data = new();
    private readonly FakeToneAnalyzer _tone = new();
    private readonly ServiceProvider _services;
    private readonly IContactDirectory _contacts;
    private readonly IConversationMemory _memory;

    public ConversationMemoryTests()
    {
        _services = _data.BuildServices(toneAnalyzer: _tone);
        _contacts = _services.GetRequiredService<IContactDirectory>();
        _memory = _services.GetRequiredService<IConversationMemory>();
    }

    [Fact]
    public async Task RecordManyAsync_SameMessagesTwice_StoresAndLearnsOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var dad = await _contacts.GetOrCreateAsync("Dad", ct);
        var chat = Chat(dad.Contact.Id, ("in", "How are you?"), ("out", "Very well, thank you."), ("in", "Good."));

        Assert.Equal(3, await _memory.RecordManyAsync(chat, ct));
        Assert.Equal(0, await _memory.RecordManyAsync(chat, ct));
        await _memory.RecordAsync(chat[1], ct);

        var context = await _memory.GetContextAsync(dad.Contact.Id, cancellationToken: ct);
        Assert.Equal(3, context.Recent.Count);
        Assert.Equal(1, (await _contacts.FindAsync("Dad", ct))!.Style.MessageCount);
    }

    [Fact]
    public async Task GetContextAsync_ReturnsRecentOldestFirstWithSummaryAndTrend()
    {
        var ct = TestContext.Current.CancellationToken;
        var anna = await _contacts.GetOrCreateAsync("Anna", ct);
        await _memory.RecordManyAsync(Chat(anna.Contact.Id,
            ("in", "I feel sad about the exam"),
            ("out", "Oh no, the exam was hard?"),
            ("in", "bad day, the exam went badly"),
            ("out", "Want to talk about the exam?"),
            ("in", "Actually I feel great now"),
            ("in", "love you, happy again")), ct);

        var context = await _memory.GetContextAsync(anna.Contact.Id, limit: 4, ct);

        Assert.Equal(4, context.Recent.Count);
        Assert.Equal("bad day, the exam went badly", context.Recent[0].Text);
        Assert.Equal("love you, happy again", context.Recent[^1].Text);
        Assert.Contains("6 messages with Anna", context.Summary, StringComparison.Ordinal);
        Assert.Contains("exam", context.Summary, StringComparison.Ordinal);
        Assert.Equal(4, context.ToneTrend.MessageCount);
        Assert.Equal("improving", context.ToneTrend.Direction);
    }

    [Fact]
    public async Task GetContextAsync_AfterNewMessage_IsNotStale()
    {
        var ct = TestContext.Current.CancellationToken;
        var anna = await _contacts.GetOrCreateAsync("Anna", ct);
        await _memory.RecordManyAsync(Chat(anna.Contact.Id, ("in", "hi")), ct);
        Assert.Single((await _memory.GetContextAsync(anna.Contact.Id, cancellationToken: ct)).Recent);

        await _memory.RecordAsync(new ConversationMessage("m-late", anna.Contact.Id, null, MessageDirection.Outgoing, "hey you", Start.AddHours(1)), ct);

        Assert.Equal(2, (await _memory.GetContextAsync(anna.Contact.Id, cancellationToken: ct)).Recent.Count);
    }

    [Fact]
    public async Task GetContextAsync_ToneReadingsAreKept_AnalyserRunsOncePerMessage()
    {
        var ct = TestContext.Current.CancellationToken;
        var anna = await _contacts.GetOrCreateAsync("Anna", ct);
        await _memory.RecordManyAsync(Chat(anna.Contact.Id, ("in", "great"), ("in", "sad")), ct);

        await _memory.GetContextAsync(anna.Contact.Id, limit: 5, ct);
        await _memory.GetContextAsync(anna.Contact.Id, limit: 6, ct);

        Assert.Equal(2, _tone.Calls);
    }

    [Fact]
    public async Task FindSimilarExchangesAsync_RanksTheMatchingQuestionFirst_AndStaysPerContact()
    {
        var ct = TestContext.Current.CancellationToken;
        var dad = await _contacts.GetOrCreateAsync("Dad", ct);
        var mum = await _contacts.GetOrCreateAsync("Mum", ct);
        await _memory.RecordManyAsync(Chat(dad.Contact.Id,
            ("in", "Did you see the football match yesterday?"),
            ("out", "Yes, it was an excellent game."),
            ("in", "How is your studying going?"),
            ("out", "My studies are going well, thank you. The exams start in May."),
            ("in", "What would you like for your birthday?"),
            ("out", "A good book would be lovely.")), ct);
        await _memory.RecordManyAsync(Chat(mum.Contact.Id,
            ("in", "How are your studies going?"),
            ("out", "fine mum")), ct);

        var results = await _memory.FindSimilarExchangesAsync(dad.Contact.Id, "how are your studies going?", 3, ct);

        // Unrelated exchanges score near zero and only appear when their hashed features happen to overlap.
        Assert.InRange(results.Count, 2, 3);
        Assert.Equal("How is your studying going?", results[0].Incoming);
        Assert.Equal("My studies are going well, thank you. The exams start in May.", results[0].Reply);
        Assert.True(results[0].Similarity > results[1].Similarity + 0.2);
        Assert.InRange(results[0].Similarity, 0.3, 1);
        Assert.DoesNotContain(results, r => r.Reply == "fine mum");
    }

    [Fact]
    public async Task FindSimilarExchangesAsync_OwnerFollowUps_JoinTheReply()
    {
        var ct = TestContext.Current.CancellationToken;
        var dad = await _contacts.GetOrCreateAsync("Dad", ct);
        await _memory.RecordManyAsync(Chat(dad.Contact.Id, ("in", "Are you coming on Sunday?"), ("out", "Yes."), ("out", "I will bring dessert.")), ct);

        var result = Assert.Single(await _memory.FindSimilarExchangesAsync(dad.Contact.Id, "coming Sunday?", 3, ct));

        Assert.Equal("Yes.\nI will bring dessert.", result.Reply);
    }

    [Fact]
    public async Task RecordAsync_OneByOne_PairsReplyWithStoredQuestion()
    {
        var ct = TestContext.Current.CancellationToken;
        var dad = await _contacts.GetOrCreateAsync("Dad", ct);
        var chat = Chat(dad.Contact.Id, ("in", "Did you pass the driving test?"), ("out", "Yes, I passed!"));
        foreach (var message in chat)
        {
            await _memory.RecordAsync(message, ct);
        }

        var result = Assert.Single(await _memory.FindSimilarExchangesAsync(dad.Contact.Id, "driving test", 3, ct));
        Assert.Equal("Yes, I passed!", result.Reply);
    }

    [Fact]
    public async Task RecordManyAsync_OutgoingMessages_UpdateOnlyThatContactsFingerprint()
    {
        var ct = TestContext.Current.CancellationToken;
        var dad = await _contacts.GetOrCreateAsync("Dad", ct);
        var mum = await _contacts.GetOrCreateAsync("Mum", ct);
        await _memory.RecordManyAsync(Chat(dad.Contact.Id, ("in", "Hello"), ("out", "Hello Dad."), ("out", "See you soon.")), ct);

        Assert.Equal(2, (await _contacts.FindAsync("dad", ct))!.Style.MessageCount);
        Assert.Equal(0, (await _contacts.FindAsync("mum", ct))!.Style.MessageCount);
        Assert.Equal(mum.Contact.Id, (await _contacts.FindAsync("mum", ct))!.Contact.Id);
    }

    [Fact]
    public async Task RecordManyAsync_ReplyWrittenByWhatStyle_StoredMarkedButNeitherLearnedNorAnExample()
    {
        var ct = TestContext.Current.CancellationToken;
        var dad = await _contacts.GetOrCreateAsync("Dad", ct);
        var chat = Chat(dad.Contact.Id, ("in", "Did you pass the driving test?"), ("bot", "Hi! Thanks for your message, I'll get back to you soon."),
            ("in", "Are you coming on Sunday?"), ("out", "Yes, I will bring dessert."), ("bot", "See you then!"));

        await _memory.RecordManyAsync(chat, ct);

        var recent = (await _memory.GetContextAsync(dad.Contact.Id, cancellationToken: ct)).Recent;
        Assert.Equal(5, recent.Count);
        Assert.Equal([false, true, false, false, true], recent.Select(m => m.WrittenByWhatStyle));
        var style = (await _contacts.FindAsync("Dad", ct))!.Style;
        Assert.Equal(1, style.MessageCount);
        var only = Assert.Single(await _memory.FindSimilarExchangesAsync(dad.Contact.Id, "Did you pass the driving test?", 10, ct));
        Assert.Equal("Yes, I will bring dessert.", only.Reply);
    }

    [Fact]
    public async Task RecordAsync_OwnerFollowUpAfterWhatStylesReply_IsNotGluedToIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var dad = await _contacts.GetOrCreateAsync("Dad", ct);
        foreach (var message in Chat(dad.Contact.Id, ("in", "Did you pass the driving test?"), ("bot", "Thanks, talk soon!"), ("out", "Yes I passed!!")))
        {
            await _memory.RecordAsync(message, ct);
        }

        Assert.Empty(await _memory.FindSimilarExchangesAsync(dad.Contact.Id, "driving test", 3, ct));
        Assert.Equal(1, (await _contacts.FindAsync("Dad", ct))!.Style.MessageCount);
    }

    private static List<ConversationMessage> Chat(string contactId, params (string Direction, string Text)[] lines) =>
        [.. lines.Select((line, i) => new ConversationMessage(
            $"{contactId}-{i}",
            contactId,
            null,
            line.Direction == "in" ? MessageDirection.Incoming : MessageDirection.Outgoing,
            line.Text,
            Start.AddMinutes(i * 2),
            WrittenByWhatStyle: line.Direction == "bot"))];

    public void Dispose()
    {
        _services.Dispose();
        _data.Dispose();
    }
}
