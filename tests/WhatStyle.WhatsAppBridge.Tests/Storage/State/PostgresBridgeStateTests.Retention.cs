using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Tests.Storage.State;

/// <summary>Retention on a database several bridges share: this account's rows only, never waiting on another's locks.</summary>
public sealed partial class PostgresBridgeStateTests
{
    private static readonly RetentionRule PastEverything = new(long.MaxValue);

    [Fact]
    public void Retention_TwoNumbersOnOneDatabase_DeletesOnlyItsOwnAccountsRecords()
    {
        var sales = NewState("bridge-sales", "waha:sales");
        var support = NewState("bridge-support", "waha:support");
        foreach (var state in new[] { sales, support })
        {
            state.Messages.TryInsert(Finished(Message("wamid.same", "491")));
            state.Statuses.Upsert(new StatusRecord { Id = "wamid.out", Status = "read", TimestampMs = 1 });
        }

        Assert.Equal((1, 1), (sales.Retention.DeleteMessages(PastEverything, 10), sales.Retention.DeleteStatuses(PastEverything, 10)));

        Assert.Null(sales.Messages.Find("wamid.same"));
        Assert.NotNull(support.Messages.Find("wamid.same"));
        Assert.NotNull(support.Statuses.Find("wamid.out"));
    }

    [Fact]
    public async Task Retention_RowLockedByAnotherBridge_IsSkippedNotWaitedFor()
    {
        var pruner = NewState("bridge-a");
        var other = NewState("bridge-b");
        pruner.Messages.TryInsert(Finished(Message("wamid.locked", "491")));
        pruner.Messages.TryInsert(Finished(Message("wamid.free", "492")));

        // Bridge B holds one row locked (a read-modify-write in progress) while A prunes: A deletes the other at once.
        var deletedMeanwhile = await Task.Run(() => other.Atomically(() =>
        {
            Assert.NotNull(other.Messages.Find("wamid.locked")); // FOR UPDATE inside the transaction.
            var prune = Task.Run(() => pruner.Retention.DeleteMessages(PastEverything, 10));
            Assert.True(prune.Wait(TimeSpan.FromSeconds(20)), "retention waited for a row another bridge held locked");
            return prune.Result;
        }));

        Assert.Equal(1, deletedMeanwhile);
        Assert.NotNull(pruner.Messages.Find("wamid.locked"));
        Assert.Equal(1, pruner.Retention.DeleteMessages(PastEverything, 10)); // Released: the next pass takes it.
    }

    [Fact]
    public void Retention_DeadBridges_ForgottenOnlyWhenNothingNamesThem()
    {
        var alive = NewState("bridge-alive", "cloud:1555");
        var gone = NewState("bridge-gone", "cloud:1555", holderLease: TimeSpan.FromMilliseconds(1));
        var withInbox = NewState("bridge-with-inbox", "cloud:1555", holderLease: TimeSpan.FromMilliseconds(1));
        var otherNumber = NewState("bridge-other-number", "waha:other", holderLease: TimeSpan.FromMilliseconds(1));
        foreach (var state in new[] { alive, gone, withInbox, otherNumber })
        {
            state.RenewHolderLease();
            state.Cursors.Upsert(new CursorRecord { Id = "inbox", Segment = 1, Offset = 10 });
        }

        withInbox.Inbox.Append([[1, 2, 3]], 1);
        Thread.Sleep(50);
        var cutoff = new RetentionRule(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());

        // A lease that ran out after the cutoff is kept: the rule is the same retention as for messages.
        Assert.Equal(0, alive.Retention.DeleteDeadBridges(new RetentionRule(0), 10));
        Assert.Equal(1, alive.Retention.DeleteDeadBridges(cutoff, 10));
        Assert.Equal(0, alive.Retention.DeleteDeadBridges(cutoff, 10));

        Assert.Null(gone.Cursors.Find("inbox"));
        Assert.NotNull(alive.Cursors.Find("inbox"));
        Assert.NotNull(withInbox.Cursors.Find("inbox")); // Its inbox still waits to be taken over.
        Assert.NotNull(otherNumber.Cursors.Find("inbox")); // Another number's bridges are its own bridges' business.
    }

    private static MessageRecord Finished(MessageRecord record)
    {
        record.State = MessageState.Answered;
        return record;
    }
}
