using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Poison;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.State;

namespace WhatStyle.WhatsAppBridge.Tests.Storage.State;

/// <summary>
/// What the bridge's callers rely on from its state, whichever provider holds it: one abstract class, a LiteDB and a
/// PostgreSQL subclass (the PostgreSQL one adds what only several processes can do: two claimers, expired leases).
/// </summary>
public abstract partial class BridgeStateContract
{
    private const long Now = 1_000_000;

    /// <summary>A state over the test's one store; each call is another process's view of it when the provider is shared.</summary>
    internal abstract IBridgeState NewState(string holder = "bridge-a", TimeSpan? chatLease = null);

    [Fact]
    public void TryInsert_SameMessageIdTwice_StoresTheFirstOnly()
    {
        var state = NewState();

        Assert.True(state.Messages.TryInsert(Message("wamid.1", "491", text: "first")));
        Assert.False(state.Messages.TryInsert(Message("wamid.1", "491", text: "second")));

        Assert.Equal("first", state.Messages.Find("wamid.1")!.Text);
    }

    [Fact]
    public void Update_ThenFind_KeepsEveryField()
    {
        var state = NewState();
        var record = Message("wamid.2", "491", text: "hello");
        record.Origin = "owner";
        record.Learned = false;
        state.Messages.TryInsert(record);

        record.State = MessageState.Answered;
        record.ReplyId = "reply:wamid.2";
        record.Attempts = 2;
        record.Note = "edited";
        state.Messages.Update(record);

        var found = state.Messages.Find("wamid.2")!;
        Assert.Equal((MessageState.Answered, "reply:wamid.2", 2, "edited", "owner", "owner", "hello"),
            (found.State, found.ReplyId, found.Attempts, found.Note, found.Origin, found.LearnQueue, found.Text));
        Assert.Null(state.Messages.Find("wamid.absent"));
    }

    [Fact]
    public void PendingQueries_SeeOnlyTheChatsPendingMessages()
    {
        var state = NewState();
        state.Messages.TryInsert(Message("a1", "491"));
        state.Messages.TryInsert(Message("a2", "491"));
        state.Messages.TryInsert(Message("b1", "492"));
        var answered = Message("a3", "491");
        answered.State = MessageState.Answered;
        state.Messages.TryInsert(answered);
        var dead = Message("c1", "493");
        dead.State = MessageState.DeadLetter;
        state.Messages.TryInsert(dead);

        Assert.Equal(["a1", "a2"], state.Messages.PendingIn("491").Select(m => m.Id).Order(StringComparer.Ordinal));
        Assert.True(state.Messages.AnyPendingIn("492"));
        Assert.False(state.Messages.AnyPendingIn("493"));
        Assert.Equal("c1", Assert.Single(state.Messages.InState(MessageState.DeadLetter)).Id);
        Assert.Equal(3, state.Messages.Count(MessageState.Pending));
    }

    [Fact]
    public void Unlearned_OwnersUnlearnedMessages_OldestFirstUpToMax()
    {
        var state = NewState();
        foreach (var (id, at) in new[] { ("o3", 30L), ("o1", 10L), ("o2", 20L) })
        {
            var own = Message(id, "491", timestampMs: at);
            own.State = MessageState.Stored;
            own.Origin = "owner";
            own.Learned = false;
            state.Messages.TryInsert(own);
        }

        var learned = Message("o0", "491", timestampMs: 5);
        learned.Origin = "owner";
        learned.Learned = true;
        state.Messages.TryInsert(learned);

        Assert.Equal(["o1", "o2"], state.Messages.Unlearned(2).Select(m => m.Id));
    }

    [Fact]
    public void ClaimDue_ReturnsDueChatsWithPendingMessages_EarliestFirst()
    {
        var state = NewState();
        state.Chats.Upsert(Chat("late", dueAtMs: Now - 10));
        state.Chats.Upsert(Chat("early", dueAtMs: Now - 500));
        state.Chats.Upsert(Chat("future", dueAtMs: Now + 1000));
        state.Chats.Upsert(new ChatRecord { Id = "settled", HasPending = false, DueAtMs = Now - 900, DueKey = long.MaxValue });

        Assert.Equal(["early", "late"], state.Chats.ClaimDue(Now, 10).Select(c => c.Id));
    }

    [Fact]
    public void ChatUpsertAndUpdate_KeepTheirFields()
    {
        var state = NewState();
        state.Chats.Upsert(Chat("491", dueAtMs: 42));
        var chat = state.Chats.Find("491")!;
        chat.OwnerWroteAtMs = 7;
        chat.HasPending = false;
        chat.DueKey = long.MaxValue;
        state.Chats.Update(chat);

        var found = state.Chats.Find("491")!;
        Assert.Equal((false, 42L, long.MaxValue, (long?)7), (found.HasPending, found.DueAtMs, found.DueKey, found.OwnerWroteAtMs));
    }

    [Fact]
    public void OutboxTryInsert_SameIdTwice_StoresOnce()
    {
        var state = NewState();

        Assert.True(state.Outbox.TryInsert(Item("reply:w1:text", "491", text: "first")));
        Assert.False(state.Outbox.TryInsert(Item("reply:w1:text", "491", text: "second")));

        Assert.Equal("first", state.Outbox.Find("reply:w1:text")!.Text);
    }

    [Fact]
    public void OutboxQueries_FollowTheIndexKeys()
    {
        var state = NewState();
        state.Outbox.TryInsert(Item("i2", "491", nextAttemptAtMs: Now - 10));
        state.Outbox.TryInsert(Item("i1", "491", nextAttemptAtMs: Now - 20));
        state.Outbox.TryInsert(Item("i3", "492", nextAttemptAtMs: Now + 999));
        var sent = Item("i4", "491", nextAttemptAtMs: Now - 30);
        sent.State = OutboxState.Sent;
        sent.Wamid = "wamid.out";
        state.Outbox.TryInsert(Outbox.WithKeys(sent));

        Assert.Equal(["i1", "i2"], state.Outbox.Due(Now, 0, 10).Select(o => o.Id));
        Assert.Equal(["i2"], state.Outbox.Due(Now, 1, 10).Select(o => o.Id));
        Assert.Equal(["i1", "i2"], state.Outbox.WaitingFor("491").Select(o => o.Id).Order(StringComparer.Ordinal));
        Assert.Equal("i4", state.Outbox.FindByWamid("wamid.out")!.Id);
        Assert.Equal(3, state.Outbox.Count(OutboxState.Pending));
        Assert.Equal("i4", Assert.Single(state.Outbox.InState(OutboxState.Sent)).Id);
        Assert.False(state.Outbox.InFlightElsewhere("491"));
    }

    [Fact]
    public void TryBeginSends_ItemStillWaiting_BecomesSendingAndInFlightHere()
    {
        var state = NewState();
        var outbox = new Outbox(state, TimeProvider.System, new BridgeSignals());
        outbox.AddNew([Item("i1", "491", nextAttemptAtMs: Now)]);

        var begun = outbox.TryBeginSends([outbox.Find("i1")!]);

        Assert.Equal("i1", Assert.Single(begun).Id);
        Assert.Empty(outbox.TryBeginSends([outbox.Find("i1")!]));
        var inFlight = Assert.Single(state.Outbox.InFlightHere());
        Assert.Equal((OutboxState.Sending, 1), (inFlight.State, inFlight.Attempts));
        Assert.Empty(state.Outbox.WaitingFor("491"));
    }

    [Fact]
    public void InTransaction_WorkThrows_NothingOfItIsKept()
    {
        var state = NewState();

        Assert.Throws<InvalidOperationException>(() => state.InTransaction<int>(() =>
        {
            state.Messages.TryInsert(Message("rolled", "491"));
            state.Outbox.TryInsert(Item("reply:rolled:text", "491"));
            state.Cursors.Upsert(new CursorRecord { Id = "inbox", Segment = 3, Offset = 9 });
            throw new InvalidOperationException("boom");
        }));

        Assert.Null(state.Messages.Find("rolled"));
        Assert.Null(state.Outbox.Find("reply:rolled:text"));
        Assert.Null(state.Cursors.Find("inbox"));
    }

    [Fact]
    public void InTransaction_Nested_CommitsOnceWithTheOuter()
    {
        var state = NewState();

        state.InTransaction(() => state.Atomically(() => state.Messages.TryInsert(Message("nested", "491"))));

        Assert.NotNull(state.Messages.Find("nested"));
    }

    [Fact]
    public void StatusesAndCursors_UpsertThenFind()
    {
        var state = NewState();
        state.Statuses.Upsert(new StatusRecord { Id = "wamid.s", Status = "sent", OutboxId = "reply:x:text" });
        state.Statuses.Upsert(new StatusRecord { Id = "wamid.s", Status = "read", OutboxId = "reply:x:text", ErrorCode = 5 });
        state.Cursors.Upsert(new CursorRecord { Id = "inbox", Segment = 1, Offset = 10 });
        state.Cursors.Upsert(new CursorRecord { Id = "inbox", Segment = 2, Offset = 20 });

        var status = state.Statuses.Find("wamid.s")!;
        Assert.Equal(("read", "reply:x:text", (int?)5), (status.Status, status.OutboxId, status.ErrorCode));
        var cursor = state.Cursors.Find("inbox")!;
        Assert.Equal((2L, 20L), (cursor.Segment, cursor.Offset));
        Assert.Null(state.Statuses.Find("wamid.none"));
    }

    [Fact]
    public void InboxDeadLetters_KeptTwiceAtOnePosition_BothKeptBodyByteForByte()
    {
        var state = NewState();
        var body = new byte[] { 0, 1, 0xFF, (byte)'{' };
        var keeper = new InboxDeadLetterStore(state, TimeProvider.System);
        var record = new InboxRecord(body, ReceivedAtMs: 5) { At = new InboxPosition(3, 81920), Corrupt = true };
        state.InTransaction(() =>
        {
            keeper.Keep(record, attempts: 5, reason: "not JSON");
            return true;
        });
        // The same position again (a log that restarted its numbering, or another bridge's log): kept beside it, not over it.
        keeper.Keep(record with { Body = [7] }, attempts: 1, reason: "again");

        var all = state.InboxDeadLetters.All();
        Assert.Equal(2, all.Count);
        Assert.Equal(2, state.InboxDeadLetters.Count());
        var first = state.InboxDeadLetters.Find("inbox:3-81920")!;
        Assert.Equal(body, first.Body);
        Assert.Equal((5L, 5, "not JSON", true), (first.ReceivedAtMs, first.Attempts, first.Reason, first.Corrupt));
        Assert.StartsWith("inbox:3-81920@", all.Single(d => d.Id != "inbox:3-81920").Id, StringComparison.Ordinal);
        Assert.True(state.InboxDeadLetters.Delete("inbox:3-81920"));
        Assert.False(state.InboxDeadLetters.Delete("inbox:3-81920"));
        Assert.Null(state.InboxDeadLetters.Find("inbox:3-81920"));
    }

    [Fact]
    public void InboxDeadLetters_KeptInARolledBackTransaction_AreNotKept()
    {
        var state = NewState();
        var keeper = new InboxDeadLetterStore(state, TimeProvider.System);

        Assert.Throws<InvalidOperationException>(() => state.InTransaction<bool>(() =>
        {
            keeper.Keep(new InboxRecord([1], 5) { At = new InboxPosition(1, 0) }, 5, "failed");
            throw new InvalidOperationException("the position did not move");
        }));

        Assert.Equal(0, state.InboxDeadLetters.Count());
    }

    internal static MessageRecord Message(string id, string chat, string text = "hi", long timestampMs = Now) => new()
    {
        Id = id, Chat = chat, From = chat, Type = "text", Text = text, Raw = "{}", TimestampMs = timestampMs,
        ReceivedAtMs = timestampMs, State = MessageState.Pending,
    };

    internal static ChatRecord Chat(string id, long dueAtMs) => new() { Id = id, HasPending = true, DueAtMs = dueAtMs, DueKey = dueAtMs };

    internal static OutboxItem Item(string id, string to, string text = "reply", long nextAttemptAtMs = Now) => Outbox.WithKeys(new OutboxItem
    {
        Id = id, To = to, Text = text, CreatedAtMs = nextAttemptAtMs, NextAttemptAtMs = nextAttemptAtMs, State = OutboxState.Pending,
    });
}
