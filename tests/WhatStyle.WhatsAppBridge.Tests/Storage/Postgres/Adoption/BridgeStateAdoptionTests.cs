using WhatStyle.Storage.Postgres;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.Postgres;
using WhatStyle.WhatsAppBridge.Storage.Postgres.Adoption;
using WhatStyle.WhatsAppBridge.Storage.State;
using WhatStyle.WhatsAppBridge.Tests.Support;
using static WhatStyle.WhatsAppBridge.Tests.Storage.State.BridgeStateContract;

namespace WhatStyle.WhatsAppBridge.Tests.Storage.Postgres.Adoption;

/// <summary>
/// bridge.db's unfinished state copied into PostgreSQL at a bridge's first start there. Skips, naming
/// <c>WHATSTYLE_TEST_POSTGRES</c>, without a server.
/// </summary>
public sealed class BridgeStateAdoptionTests : IAsyncLifetime
{
    private const string Account = "cloud:1555";
    private const long Now = 1_000_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly string _directory = Directory.CreateTempSubdirectory("whatstyle-adopt-").FullName;
    private readonly BridgeHolder _holder = new("bridge-a");
    private BridgeDatabase? _lite;
    private string? _schema;
    private PostgresConnectionSource? _source;

    private BridgeDatabase Lite => _lite ??= new BridgeDatabase(_directory);

    [Fact]
    public void Run_BridgeDbWithUnfinishedWork_CopiesEveryRecordInItsState()
    {
        SeedUnfinishedWork();

        Assert.Equal(AdoptionOutcome.Adopted, Adoption().Run(null, Ct));

        var state = PostgresState();
        Assert.Equal(MessageState.Answered, state.Messages.Find("wamid.stored")!.State);
        Assert.Equal(["wamid.burst"], state.Messages.PendingIn("491").Select(m => m.Id));
        Assert.Equal(
            [("reply:pending", OutboxState.Pending), ("reply:sending", OutboxState.Sending), ("reply:sent", OutboxState.Sent), ("reply:unconfirmed", OutboxState.Unconfirmed)],
            new[] { "reply:pending", "reply:sending", "reply:sent", "reply:unconfirmed" }.Select(id => (id, state.Outbox.Find(id)!.State)));
        Assert.Equal("wamid.out.sent", state.Outbox.FindByWamid("wamid.out.sent")!.Wamid);
        Assert.Equal(("read", "reply:sent"), (state.Statuses.Find("wamid.out.sent")!.Status, state.Statuses.Find("wamid.out.sent")!.OutboxId));
        var cursor = state.Cursors.Find("inbox")!;
        Assert.Equal((3L, 1234L), (cursor.Segment, cursor.Offset));
        var mark = AdoptionMark.Find(Lite)!;
        Assert.Equal((Account, "bridge-a", 2L, 1L, 4L, 1L), (mark.Account, mark.Holder, mark.Messages, mark.Chats, mark.Outbox, mark.Statuses));
    }

    [Fact]
    public void Run_ChatInItsBurstWindow_IsDueWhenTheWindowEndsNotBefore()
    {
        SeedUnfinishedWork();
        Adoption().Run(null, Ct);

        var state = PostgresState();
        Assert.Empty(state.Chats.ClaimDue(Now + 4_999, 10));
        Assert.Equal("491", Assert.Single(state.Chats.ClaimDue(Now + 5_000, 10)).Id);
    }

    [Fact]
    public void Run_PendingItem_IsDueOnceAndBegunByOneSendOnly()
    {
        SeedUnfinishedWork();
        Adoption().Run(null, Ct);
        var outbox = new Outbox(PostgresState(), TimeProvider.System, new BridgeSignals());

        var due = outbox.Due(0, 100);

        Assert.Equal("reply:pending", Assert.Single(due, i => i.State == OutboxState.Pending).Id);
        Assert.Single(outbox.TryBeginSends([.. due.Where(i => i.Id == "reply:pending")]));
        Assert.Empty(outbox.TryBeginSends([.. due.Where(i => i.Id == "reply:pending")])); // Begun: a second pass sends nothing.
    }

    [Fact]
    public void Run_SendingItem_IsThisBridgesSendOfUnknownOutcomeAndWaitsForAStatusNotResent()
    {
        SeedUnfinishedWork();
        Adoption().Run(null, Ct);
        var state = PostgresState();
        var outbox = new Outbox(state, TimeProvider.System, new BridgeSignals());

        // Another bridge of the account does not take it: it is on the wire as far as anyone knows.
        Assert.True(PostgresState("bridge-b").Outbox.InFlightElsewhere("493"));
        Assert.Equal("reply:sending", Assert.Single(state.Outbox.InFlightHere()).Id);

        // The sender's start: as after a crash, it waits for a status webhook before being resent.
        Assert.Equal(1, outbox.MarkInFlightUnconfirmed(TimeSpan.FromMinutes(10)));
        Assert.Equal(OutboxState.Unconfirmed, outbox.Find("reply:sending")!.State);
        Assert.DoesNotContain(outbox.Due(0, 100), i => i.Id == "reply:sending");
    }

    [Fact]
    public void Run_Twice_SecondRunCopiesNothingAndUndoesNothing()
    {
        SeedUnfinishedWork();
        Adoption().Run(null, Ct);
        var outbox = new Outbox(PostgresState(), TimeProvider.System, new BridgeSignals());
        outbox.MarkSent("reply:pending", "wamid.out.pending");

        var progress = new List<AdoptionProgress>();
        Assert.Equal(AdoptionOutcome.AlreadyAdopted, Adoption().Run(new SyncProgress(progress.Add), Ct));

        Assert.Empty(progress);
        Assert.Equal(OutboxState.Sent, outbox.Find("reply:pending")!.State);
    }

    [Fact]
    public void Run_RowAlreadyOnPostgres_IsKeptNotReplaced()
    {
        SeedUnfinishedWork();
        var other = PostgresState("bridge-b");
        var handled = Message("wamid.burst", "491");
        handled.State = MessageState.Answered;
        other.Messages.TryInsert(handled); // Another bridge of the account received and answered it already.

        Adoption().Run(null, Ct);

        Assert.Equal(MessageState.Answered, other.Messages.Find("wamid.burst")!.State);
        // Its chat has nothing pending on PostgreSQL, so it is not claimed for nothing.
        Assert.Empty(other.Chats.ClaimDue(long.MaxValue - 1, 10));
    }

    [Fact]
    public void Run_StoppedMidCopy_NextRunResumesAfterTheLastCommittedBatch()
    {
        for (var i = 0; i < 5; i++)
        {
            Lite.Messages.Insert(Message($"wamid.m{i}", "491"));
        }

        using var stop = new CancellationTokenSource();
        var first = new List<AdoptionProgress>();
        Assert.Throws<OperationCanceledException>(() => Adoption(batchSize: 2).Run(new SyncProgress(p =>
        {
            first.Add(p);
            if (p.Copied == 2)
            {
                stop.Cancel(); // Stopped after the first batch committed.
            }
        }), stop.Token));

        Assert.Equal(2, PostgresState().Messages.Count(MessageState.Pending));
        Assert.Null(AdoptionMark.Find(Lite));

        var second = new List<AdoptionProgress>();
        Assert.Equal(AdoptionOutcome.Adopted, Adoption(batchSize: 2).Run(new SyncProgress(second.Add), Ct));

        Assert.Equal(new AdoptionProgress("messages", 2, 5), second[0]); // Resumed, not read from the start.
        Assert.Equal(new AdoptionProgress("messages", 5, 5), second.Last(p => p.Store == "messages"));
        Assert.Equal(5, PostgresState().Messages.Count(MessageState.Pending));
        Assert.Equal(5L, AdoptionMark.Find(Lite)!.Messages);
    }

    [Fact]
    public void Run_InboxDeadLetters_AreCopiedAndOneAlreadyOnPostgresIsKept()
    {
        Lite.InboxDeadLetters.Insert(new InboxDeadLetter { Id = "inbox:1-10", Body = [1, 2, 3], Reason = "bad json", DeadAtMs = Now });
        Lite.InboxDeadLetters.Insert(new InboxDeadLetter { Id = "inbox:1-20", Body = [4], Reason = "from bridge.db", DeadAtMs = Now });
        PostgresState().InboxDeadLetters.TryInsert(new InboxDeadLetter { Id = "inbox:1-20", Body = [9], Reason = "already here", DeadAtMs = Now });

        Assert.Equal(AdoptionOutcome.Adopted, Adoption().Run(null, Ct));

        var deadLetters = PostgresState().InboxDeadLetters;
        Assert.Equal([1, 2, 3], deadLetters.Find("inbox:1-10")!.Body);
        Assert.Equal("bad json", deadLetters.Find("inbox:1-10")!.Reason);
        Assert.Equal("already here", deadLetters.Find("inbox:1-20")!.Reason);
        Assert.Equal(2L, AdoptionMark.Find(Lite)!.DeadLetters);
    }

    [Fact]
    public void Run_BridgeThatAlreadyWorkedOnPostgres_MarksBridgeDbWithoutCopyingItsOldWork()
    {
        SeedUnfinishedWork();
        // This data directory's bridge ran on PostgreSQL before adoption existed: its inbox position is there.
        PostgresState().Cursors.Upsert(new CursorRecord { Id = "inbox", Segment = 9, Offset = 1 });

        Assert.Equal(AdoptionOutcome.AlreadyOnPostgres, Adoption().Run(null, Ct));

        var state = PostgresState();
        Assert.Null(state.Outbox.Find("reply:pending")); // Its old pending reply is not sent late.
        Assert.Equal(9L, state.Cursors.Find("inbox")!.Segment);
        Assert.NotNull(AdoptionMark.Find(Lite));
        Assert.Equal(AdoptionOutcome.AlreadyAdopted, Adoption().Run(null, Ct));
    }

    [Fact]
    public void Run_InterruptedCopyWhoseCursorIsNotYetCopied_StillResumes()
    {
        SeedUnfinishedWork();
        using var stop = new CancellationTokenSource();
        Assert.Throws<OperationCanceledException>(() => Adoption(batchSize: 1).Run(new SyncProgress(p =>
        {
            if (p.Store == "outbox" && p.Copied == 1)
            {
                stop.Cancel();
            }
        }), stop.Token));

        Assert.Equal(AdoptionOutcome.Adopted, Adoption(batchSize: 1).Run(null, Ct));

        Assert.Equal(OutboxState.Pending, PostgresState().Outbox.Find("reply:pending")!.State);
    }

    [Fact]
    public void Run_EmptyBridgeDb_CopiesNothingAndLeavesItUnmarked()
    {
        Assert.Equal(AdoptionOutcome.NothingToCopy, Adoption().Run(null, Ct));

        Assert.Null(AdoptionMark.Find(Lite));
    }

    public async ValueTask InitializeAsync()
    {
        if (TestPostgres.Server is not { } server)
        {
            return;
        }

        (_schema, var connectionString) = await TestPostgres.CreateSchemaAsync(server, "ws_bridge_adopt_");
        _source = PostgresConnectionSource.Create(connectionString);
    }

    public async ValueTask DisposeAsync()
    {
        _lite?.Dispose();
        _source?.Dispose();
        if (_schema is not null)
        {
            await TestPostgres.DropSchemaAsync(TestPostgres.Server!, _schema);
        }

        Directory.Delete(_directory, recursive: true);
    }

    private BridgeStateAdoption Adoption(int batchSize = BridgeStateAdoption.DefaultBatchSize)
    {
        Assert.SkipWhen(_source is null, TestPostgres.SkipReason);
        return new BridgeStateAdoption(Lite, _source!, Account, _holder, new StorageStatus(TimeProvider.System), TimeProvider.System, batchSize);
    }

    private PostgresBridgeState PostgresState(string holder = "bridge-a")
    {
        Assert.SkipWhen(_source is null, TestPostgres.SkipReason);
        return new(_source!, Account, new BridgeHolder(holder), new StorageStatus(TimeProvider.System));
    }

    /// <summary>What a bridge on LiteDB leaves when it stops mid-work.</summary>
    private void SeedUnfinishedWork()
    {
        var stored = Message("wamid.stored", "492");
        stored.State = MessageState.Answered;
        Lite.Messages.Insert(stored);
        Lite.Messages.Insert(Message("wamid.burst", "491"));
        Lite.Chats.Insert(Chat("491", dueAtMs: Now + 5_000));

        Lite.Outbox.Insert(Item("reply:pending", "492", nextAttemptAtMs: Now));
        var sending = Item("reply:sending", "493");
        sending.State = OutboxState.Sending;
        sending.SendingSinceMs = Now;
        Lite.Outbox.Insert(Outbox.WithKeys(sending));
        var unconfirmed = Item("reply:unconfirmed", "494");
        unconfirmed.State = OutboxState.Unconfirmed;
        unconfirmed.NextAttemptAtMs = long.MaxValue - 1; // Waiting for a status webhook.
        Lite.Outbox.Insert(Outbox.WithKeys(unconfirmed));
        var sent = Item("reply:sent", "495");
        sent.State = OutboxState.Sent;
        sent.Wamid = "wamid.out.sent";
        Lite.Outbox.Insert(Outbox.WithKeys(sent));

        Lite.Statuses.Insert(new StatusRecord { Id = "wamid.out.sent", Status = "read", OutboxId = "reply:sent", TimestampMs = Now });
        Lite.Cursors.Insert(new CursorRecord { Id = "inbox", Segment = 3, Offset = 1234 });
    }

    /// <summary>Reports on the copying thread (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
    private sealed class SyncProgress(Action<AdoptionProgress> report) : IProgress<AdoptionProgress>
    {
        public void Report(AdoptionProgress value) => report(value);
    }
}
