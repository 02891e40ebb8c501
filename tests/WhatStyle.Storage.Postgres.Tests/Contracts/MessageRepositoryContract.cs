using WhatStyle.Storage.Postgres.Tests.Support;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Storage.Postgres.Tests.Contracts;

/// <summary>What every <see cref="IMessageRepository"/> must do, whichever provider stores it.</summary>
public abstract class MessageRepositoryContract(StoreHarness harness)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(2));

    private IMessageRepository Messages => harness.Get<IMessageRepository>();

    [Fact]
    public void Registration_ConfiguredProvider_ResolvesItsImplementation() =>
        Assert.StartsWith(harness.ImplementationPrefix, Messages.GetType().Name, StringComparison.Ordinal);

    [Fact]
    public async Task AddNew_StoredAndRepeatedIds_StoresEachIdOnceAndReturnsTheAddedInInputOrder()
    {
        var contact = NewContact();
        var first = Message(contact, 0, "hi");
        await Messages.AddNewAsync([first], [], TestContext.Current.CancellationToken);
        var second = Message(contact, 1, "how are you");
        var third = Message(contact, 2, "?");

        var added = await Messages.AddNewAsync([third, first, second, third with { Text = "dup" }], [], TestContext.Current.CancellationToken);

        Assert.Equal([third.Id, second.Id], added.Select(m => m.Id));
        Assert.Equal(3, await Messages.CountAsync(Chat(contact), TestContext.Current.CancellationToken));
        Assert.Equal("?", (await Messages.RecentAsync(Chat(contact), 1, cancellationToken: TestContext.Current.CancellationToken))[0].Text);
        Assert.Equal(new HashSet<string>([first.Id, third.Id]),
            await Messages.FindExistingAsync([first, third, Message(contact, 9, "not stored")], TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Recent_WithBefore_ReturnsTheNewestEarlierMessagesOldestFirst()
    {
        var contact = NewContact();
        var messages = Enumerable.Range(0, 6).Select(i => Message(contact, i, $"m{i}")).ToList();
        await Messages.AddNewAsync(messages, [], TestContext.Current.CancellationToken);

        var recent = await Messages.RecentAsync(Chat(contact), 3, before: messages[4].Timestamp, cancellationToken: TestContext.Current.CancellationToken);
        var all = await Messages.RecentAsync(Chat(contact), 100, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["m1", "m2", "m3"], recent.Select(m => m.Text));
        Assert.Equal(messages, all);
    }

    [Fact]
    public async Task Recent_GroupMessages_KeepGroupDirectionOffsetAndAuthor()
    {
        var group = "g-" + Guid.NewGuid().ToString("N");
        var sent = new ConversationMessage("m-" + Guid.NewGuid().ToString("N"), "owner", group, MessageDirection.Outgoing, "on my way",
            new DateTimeOffset(2026, 3, 1, 22, 15, 30, 123, TimeSpan.FromMinutes(-210)), WrittenByWhatStyle: true);
        await Messages.AddNewAsync([sent], [], TestContext.Current.CancellationToken);

        var read = Assert.Single(await Messages.RecentAsync(ConversationKeys.For(sent), 5, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(sent, read);
        Assert.Equal(TimeSpan.FromMinutes(-210), read.Timestamp.Offset);
    }

    [Fact]
    public async Task Latest_SeveralConversations_ReturnsEachNewestAndOmitsEmptyOnes()
    {
        var a = NewContact();
        var b = NewContact();
        await Messages.AddNewAsync([Message(a, 0, "a0"), Message(a, 5, "a5"), Message(b, 3, "b3"), Message(a, 2, "a2")], [], TestContext.Current.CancellationToken);

        var latest = await Messages.LatestAsync([Chat(a), Chat(b), Chat(NewContact())], TestContext.Current.CancellationToken);

        Assert.Equal(2, latest.Count);
        Assert.Equal("a5", latest[Chat(a)].Text);
        Assert.Equal("b3", latest[Chat(b)].Text);
    }

    [Fact]
    public async Task Search_FoldsCaseAndAccents_NewestFirstUpToTheLimit()
    {
        var contact = NewContact();
        await Messages.AddNewAsync(
            [Message(contact, 0, "Café tomorrow?"), Message(contact, 1, "no"), Message(contact, 2, "the CAFE was shut"), Message(contact, 3, "cafe again")],
            [], TestContext.Current.CancellationToken);

        var found = await Messages.SearchAsync(Chat(contact), "café", 2, TestContext.Current.CancellationToken);

        Assert.Equal(["cafe again", "the CAFE was shut"], found.Select(m => m.Text));
    }

    [Fact]
    public async Task Exchanges_SavedTwiceById_KeepTheLastWithItsVector()
    {
        var contact = NewContact();
        var id = "x-" + Guid.NewGuid().ToString("N");
        float[] vector = [0.6f, -0.8f, 0f, 0.25f];
        var exchange = new StoredExchange(id, Chat(contact), "how was it?", "great!", Start, vector, "model-a");
        await Messages.AddNewAsync([Message(contact, 0, "how was it?")], [exchange], TestContext.Current.CancellationToken);

        await Messages.SaveExchangesAsync([exchange with { Reply = "first" }, exchange with { Reply = "great, thanks", Model = "model-b" }], TestContext.Current.CancellationToken);
        var stored = Assert.Single(await Messages.ExchangesAsync(Chat(contact), TestContext.Current.CancellationToken));

        Assert.Equal(("great, thanks", "model-b", Start), (stored.Reply, stored.Model, stored.Timestamp));
        Assert.Equal(vector.Length, stored.Vector.Length);
        // Both providers keep one signed byte per dimension: within half a step of the largest component.
        Assert.All(vector.Zip(stored.Vector.ToArray()), pair => Assert.InRange(pair.Second, pair.First - 0.004f, pair.First + 0.004f));
        Assert.Empty(await Messages.ExchangesAsync(Chat(NewContact()), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task CountEmbedded_ExchangesOfSeveralModels_CountsThoseOfTheModelPerConversation()
    {
        var ct = TestContext.Current.CancellationToken;
        var (jo, mia) = (NewContact(), NewContact());
        float[] vector = [1f, 0f];
        await Messages.SaveExchangesAsync(
        [
            new StoredExchange("x-" + Guid.NewGuid().ToString("N"), Chat(jo), "a", "b", Start, vector, "meaning"),
            new StoredExchange("x-" + Guid.NewGuid().ToString("N"), Chat(jo), "c", "d", Start, vector, "wording"),
            new StoredExchange("x-" + Guid.NewGuid().ToString("N"), Chat(jo), "e", "f", Start, vector, "wording"),
            new StoredExchange("x-" + Guid.NewGuid().ToString("N"), Chat(mia), "g", "h", Start, vector, "meaning"),
        ], ct);

        var counts = (await Messages.CountEmbeddedAsync("meaning", ct)).ToDictionary(c => c.ConversationKey);

        Assert.Equal((3, 1, 2), (counts[Chat(jo)].Exchanges, counts[Chat(jo)].Embedded, counts[Chat(jo)].Pending));
        Assert.Equal((1, 1, 0), (counts[Chat(mia)].Exchanges, counts[Chat(mia)].Embedded, counts[Chat(mia)].Pending));
    }

    [Fact]
    public async Task ShortReplies_SeveralConversations_ReturnsEveryReplyUpToTheLengthWithItsVector()
    {
        var ct = TestContext.Current.CancellationToken;
        var (jo, mia) = (NewContact(), NewContact());
        float[] vector = [0.6f, -0.8f];
        await Messages.SaveExchangesAsync(
        [
            new StoredExchange("x-" + Guid.NewGuid().ToString("N"), Chat(jo), "thanks!", "anytime", Start, vector, "meaning"),
            new StoredExchange("x-" + Guid.NewGuid().ToString("N"), Chat(jo), "how was it?", "long story, I will tell you", Start, vector, "meaning"),
            new StoredExchange("x-" + Guid.NewGuid().ToString("N"), Chat(mia), "see you?", "yes 👍", Start, vector, "wording"),
            new StoredExchange("x-" + Guid.NewGuid().ToString("N"), Chat(mia), "ok?", "exactly10!", Start, vector, "wording"),
        ], ct);

        var found = (await Messages.ShortRepliesAsync(10, ct)).Where(x => x.ConversationKey == Chat(jo) || x.ConversationKey == Chat(mia)).ToList();

        Assert.Equal(["anytime", "exactly10!", "yes 👍"], found.Select(x => x.Reply).Order(StringComparer.Ordinal));
        Assert.All(found, x => Assert.Equal(2, x.Vector.Length));
        Assert.Equal("wording", found.Single(x => x.Reply == "yes 👍").Model);
    }

    [Fact]
    public async Task UpdateVectors_IncomingChangedMeanwhile_SetsOnlyTheUnchangedOnes()
    {
        var ct = TestContext.Current.CancellationToken;
        var contact = NewContact();
        var (kept, changed) = ("x-" + Guid.NewGuid().ToString("N"), "x-" + Guid.NewGuid().ToString("N"));
        await Messages.SaveExchangesAsync(
        [
            new StoredExchange(kept, Chat(contact), "how was it?", "great!", Start, new float[] { 1f, 0f }, "wording"),
            new StoredExchange(changed, Chat(contact), "are you up? still?", "yes", Start, new float[] { 1f, 0f }, "wording"),
        ], ct);

        var updated = await Messages.UpdateVectorsAsync(
        [
            new StoredExchange(kept, Chat(contact), "how was it?", "ignored", Start.AddDays(1), new float[] { 0f, 1f }, "meaning"),
            new StoredExchange(changed, Chat(contact), "are you up?", "yes", Start, new float[] { 0f, 1f }, "meaning"),
        ], ct);

        Assert.Equal(1, updated);
        var stored = (await Messages.ExchangesAsync(Chat(contact), ct)).ToDictionary(x => x.Id);
        // Only the vector and model are written: the reply and time stay as stored.
        Assert.Equal(("meaning", "great!", Start), (stored[kept].Model, stored[kept].Reply, stored[kept].Timestamp));
        Assert.Equal(1f, stored[kept].Vector.Span[1], 2);
        Assert.Equal("wording", stored[changed].Model);
    }

    private static string Chat(string contact) => ConversationKeys.ForContact(contact);

    private static string NewContact() => "c-" + Guid.NewGuid().ToString("N");

    private static ConversationMessage Message(string contact, int minute, string text) =>
        new("m-" + Guid.NewGuid().ToString("N"), contact, null, minute % 2 == 0 ? MessageDirection.Incoming : MessageDirection.Outgoing, text, Start.AddMinutes(minute));
}

public sealed class LiteDbMessageRepositoryTests(LiteDbHarness harness) : MessageRepositoryContract(harness), IClassFixture<LiteDbHarness>;

public sealed class PostgresMessageRepositoryTests(PostgresHarness harness) : MessageRepositoryContract(harness), IClassFixture<PostgresHarness>;
