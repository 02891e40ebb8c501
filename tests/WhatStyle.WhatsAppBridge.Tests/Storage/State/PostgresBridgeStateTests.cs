using WhatStyle.Storage.Postgres;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.Postgres;
using WhatStyle.WhatsAppBridge.Storage.State;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Storage.State;

/// <summary>
/// The contract on PostgreSQL, plus what several bridges on one database need: two states with different holders are
/// two bridges. Skips, naming <c>WHATSTYLE_TEST_POSTGRES</c>, without a server.
/// </summary>
public sealed partial class PostgresBridgeStateTests : BridgeStateContract, IAsyncLifetime
{
    private const long Now = 1_000_000;

    private string? _schema;
    private PostgresConnectionSource? _source;

    internal override IBridgeState NewState(string holder = "bridge-a", TimeSpan? chatLease = null) => NewState(holder, "cloud:1555", chatLease);

    private PostgresBridgeState NewState(string holder, string account, TimeSpan? chatLease = null, TimeSpan? holderLease = null)
    {
        Assert.SkipWhen(_source is null, TestPostgres.SkipReason);
        return new PostgresBridgeState(_source!, account, new BridgeHolder(holder), new StorageStatus(TimeProvider.System), chatLease, holderLease);
    }

    [Fact]
    public void TwoNumbersOnOneDatabase_SeeNothingOfEachOthersState()
    {
        var sales = NewState("bridge-sales", "waha:sales");
        var support = NewState("bridge-support", "waha:support");
        sales.Messages.TryInsert(Message("wamid.same", "491"));
        sales.Chats.Upsert(Chat("491", dueAtMs: Now - 1));
        sales.Outbox.TryInsert(Item("reply:wamid.same:text", "491"));

        // The same message id reaching the other number's bridge is its own message, not a duplicate.
        Assert.True(support.Messages.TryInsert(Message("wamid.same", "491")));
        Assert.Empty(support.Chats.ClaimDue(Now, 10));
        Assert.Null(support.Outbox.Find("reply:wamid.same:text"));
        Assert.Equal(0, support.Outbox.Count(OutboxState.Pending));
        Assert.Equal("491", Assert.Single(sales.Chats.ClaimDue(Now, 10)).Id);
    }

    [Fact]
    public async Task ClaimDue_TwoBridgesAtOnce_NeverClaimTheSameChat()
    {
        var a = NewState("bridge-a");
        var b = NewState("bridge-b");
        for (var i = 0; i < 60; i++)
        {
            a.Chats.Upsert(Chat($"chat{i:D2}", dueAtMs: Now - i));
        }

        // Each bridge claims a few at a time, concurrently, until nothing is left.
        var claimsA = Task.Run(() => ClaimAll(a));
        var claimsB = Task.Run(() => ClaimAll(b));
        var (byA, byB) = (await claimsA, await claimsB);

        Assert.Empty(byA.Intersect(byB));
        Assert.Equal(60, byA.Union(byB).Count());
    }

    [Fact]
    public void ClaimDue_ChatLeasedToAnotherBridge_IsSkippedUntilTheLeaseRunsOut()
    {
        var dead = NewState("bridge-dead", chatLease: TimeSpan.FromSeconds(1));
        var survivor = NewState("bridge-b");
        dead.Chats.Upsert(Chat("491", dueAtMs: Now - 1));

        Assert.Equal("491", Assert.Single(dead.Chats.ClaimDue(Now, 10)).Id);
        Assert.Empty(survivor.Chats.ClaimDue(Now, 10));

        // The holder died without releasing: its lease (on the server's clock) runs out and the chat is taken over.
        Thread.Sleep(TimeSpan.FromSeconds(1.5));
        Assert.Equal("491", Assert.Single(survivor.Chats.ClaimDue(Now, 10)).Id);
        Assert.Empty(dead.Chats.ClaimDue(Now, 10));
    }

    [Fact]
    public void RenewClaims_SlowReplyStillBeingWritten_ChatStaysItsBridges()
    {
        var slow = NewState("bridge-slow", chatLease: TimeSpan.FromSeconds(2));
        var other = NewState("bridge-b");
        slow.Chats.Upsert(Chat("491", dueAtMs: Now - 1));
        slow.Chats.Upsert(Chat("492", dueAtMs: Now - 1));
        Assert.Equal(2, slow.Chats.ClaimDue(Now, 10).Count);
        slow.Chats.Release("492"); // Answered: no longer held, not extended.

        Thread.Sleep(TimeSpan.FromSeconds(1.2));
        Assert.Equal(1, slow.Chats.RenewClaims());
        Thread.Sleep(TimeSpan.FromSeconds(1.2));

        // 2.4 s after the claim, past its first lease: still the slow bridge's, which renewed it.
        Assert.Equal(["492"], other.Chats.ClaimDue(Now, 10).Select(c => c.Id));
        Assert.Equal(TimeSpan.FromSeconds(2), slow.Chats.ClaimLease);
    }

    [Fact]
    public void Release_ChatFinished_AnotherBridgeMayClaimItAtOnce()
    {
        var a = NewState("bridge-a");
        var b = NewState("bridge-b");
        a.Chats.Upsert(Chat("491", dueAtMs: Now - 1));
        Assert.Single(a.Chats.ClaimDue(Now, 10));
        Assert.Empty(a.Chats.ClaimDue(Now, 10)); // Held here: being answered, not claimed twice.

        b.Chats.Release("491"); // Not b's claim: nothing changes.
        Assert.Empty(b.Chats.ClaimDue(Now, 10));
        a.Chats.Release("491");

        Assert.Single(b.Chats.ClaimDue(Now, 10));
    }

    [Fact]
    public void ReleaseOwnClaims_BridgeRestartedOnItsDataDirectory_TakesBackItsChatsAtOnce()
    {
        var before = NewState("bridge-a");
        before.Chats.Upsert(Chat("491", dueAtMs: Now - 1));
        Assert.Single(before.Chats.ClaimDue(Now, 10));

        var restarted = NewState("bridge-a"); // The same holder id (bridge.holder in its data directory).
        Assert.Empty(restarted.Chats.ClaimDue(Now, 10));
        restarted.ReleaseOwnClaims();

        Assert.Single(restarted.Chats.ClaimDue(Now, 10));
    }

    [Fact]
    public async Task TryInsert_SameMessageFromTwoBridgesAtOnce_ExactlyOneStoresIt()
    {
        var a = NewState("bridge-a");
        var b = NewState("bridge-b");
        var ids = Enumerable.Range(0, 100).Select(i => $"wamid.dup{i}").ToList();

        // Each bridge stores every id in transactions of ten, as an inbox batch does, racing the other.
        var storedA = Task.Run(() => Store(a, ids));
        var storedB = Task.Run(() => Store(b, ids));
        var (byA, byB) = (await storedA, await storedB);

        Assert.Equal(100, byA + byB);
        Assert.Equal(100, a.Messages.Count(MessageState.Pending));
    }

    [Fact]
    public async Task TryBeginSends_TwoBridgesRacingForTheSameItems_EachItemIsBegunOnce()
    {
        var a = new Outbox(NewState("bridge-a"), TimeProvider.System, new BridgeSignals());
        var b = new Outbox(NewState("bridge-b"), TimeProvider.System, new BridgeSignals());
        a.AddNew(Enumerable.Range(0, 40).Select(i => Item($"reply:w{i}:text", $"49{i}")));
        var items = a.Due(0, 100);
        Assert.Equal(40, items.Count);

        var begunA = Task.Run(() => items.Chunk(5).SelectMany(chunk => a.TryBeginSends(chunk)).Select(i => i.Id).ToList());
        var begunB = Task.Run(() => items.Reverse().Chunk(5).SelectMany(chunk => b.TryBeginSends(chunk)).Select(i => i.Id).ToList());
        var (byA, byB) = (await begunA, await begunB);

        Assert.Empty(byA.Intersect(byB));
        Assert.Equal(40, byA.Count + byB.Count);
    }

    [Fact]
    public void InFlight_SendBegunByAnotherBridge_HoldsThatRecipientsOrderAndIsNotOursAfterARestart()
    {
        var stateA = NewState("bridge-a");
        var stateB = NewState("bridge-b");
        var a = new Outbox(stateA, TimeProvider.System, new BridgeSignals());
        var b = new Outbox(stateB, TimeProvider.System, new BridgeSignals());
        a.AddNew([Item("first", "491", nextAttemptAtMs: Now), Item("second", "491", nextAttemptAtMs: Now + 1)]);

        Assert.Single(a.TryBeginSends([a.Find("first")!]));

        Assert.Null(b.FirstWaitingFor("491")); // "second" waits until a's send of "first" settles.
        Assert.Equal("second", a.FirstWaitingFor("491"));
        Assert.Empty(stateB.Outbox.InFlightHere());
        Assert.Equal("first", Assert.Single(stateA.Outbox.InFlightHere()).Id);

        a.MarkSent("first", "wamid.first");
        Assert.Equal("second", b.FirstWaitingFor("491"));
    }

    public async ValueTask InitializeAsync()
    {
        if (TestPostgres.Server is not { } server)
        {
            return;
        }

        (_schema, var connectionString) = await TestPostgres.CreateSchemaAsync(server, "ws_bridge_state_");
        _source = PostgresConnectionSource.Create(connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        _source?.Dispose();
        if (_schema is not null)
        {
            await TestPostgres.DropSchemaAsync(TestPostgres.Server!, _schema);
        }
    }

    private static List<string> ClaimAll(IBridgeState state)
    {
        var claimed = new List<string>();
        while (state.Chats.ClaimDue(Now, 3) is { Count: > 0 } batch)
        {
            claimed.AddRange(batch.Select(c => c.Id));
        }

        return claimed;
    }

    private static int Store(IBridgeState state, IReadOnlyList<string> ids) =>
        ids.Chunk(10).Sum(chunk => state.InTransaction(() => chunk.Count(id => state.Messages.TryInsert(Message(id, "491")))));
}
