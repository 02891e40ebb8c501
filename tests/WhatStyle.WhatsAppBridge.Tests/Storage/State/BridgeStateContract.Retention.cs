using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Tests.Storage.State;

/// <summary>Retention through the seam: both providers delete the same records by <see cref="RetentionRule"/>.</summary>
public abstract partial class BridgeStateContract
{
    private const long Cutoff = 10_000;
    private const long Old = Cutoff - 1;
    private const long Recent = Cutoff + 1;

    [Fact]
    public void Retention_ExpiredFinishedRecords_AreDeleted_PendingWorkAndDeadLettersKept()
    {
        var state = NewState();
        foreach (var messageState in Enum.GetValues<MessageState>())
        {
            // Sent long ago but received after the cutoff, or the reverse: arrival is what counts.
            state.Messages.TryInsert(Aged(Message($"old-{messageState}", "491", timestampMs: Recent), messageState, receivedAtMs: Old));
        }

        state.Messages.TryInsert(Aged(Message("recent-Answered", "491", timestampMs: Old), MessageState.Answered, receivedAtMs: Recent));
        foreach (var status in new[] { "sent", "delivered", "read", "played", "failed" })
        {
            state.Statuses.Upsert(new StatusRecord { Id = $"old-{status}", Status = status, TimestampMs = Old });
        }

        state.Statuses.Upsert(new StatusRecord { Id = "recent-read", Status = "read", TimestampMs = Recent });
        foreach (var outboxState in Enum.GetValues<OutboxState>())
        {
            state.Outbox.TryInsert(Sent(Item($"old-{outboxState}", "491", nextAttemptAtMs: Old), outboxState));
        }

        state.Outbox.TryInsert(Sent(Item("recent-Sent", "491", nextAttemptAtMs: Recent), OutboxState.Sent));

        var rule = new RetentionRule(Cutoff);
        Assert.Equal((3, 3, 1), (state.Retention.DeleteMessages(rule, 100), state.Retention.DeleteStatuses(rule, 100), state.Retention.DeleteReplies(rule, 100)));
        Assert.Equal((0, 0, 0), (state.Retention.DeleteMessages(rule, 100), state.Retention.DeleteStatuses(rule, 100), state.Retention.DeleteReplies(rule, 100)));

        Assert.All(new[] { "old-Answered", "old-Drafted", "old-Stored" }, id => Assert.Null(state.Messages.Find(id)));
        Assert.All(new[] { "old-Pending", "old-DeadLetter", "recent-Answered" }, id => Assert.NotNull(state.Messages.Find(id)));
        Assert.All(new[] { "old-delivered", "old-read", "old-played" }, id => Assert.Null(state.Statuses.Find(id)));
        Assert.All(new[] { "old-sent", "old-failed", "recent-read" }, id => Assert.NotNull(state.Statuses.Find(id)));
        Assert.Null(state.Outbox.Find("old-Sent"));
        Assert.All(
            new[] { "old-Pending", "old-Sending", "old-Unconfirmed", "old-DeadLetter", "old-Dismissed", "recent-Sent" },
            id => Assert.NotNull(state.Outbox.Find(id)));
    }

    [Fact]
    public void Retention_MoreExpiredThanOneBatch_DeletesAtMostMaxPerCall()
    {
        var state = NewState();
        for (var i = 0; i < 5; i++)
        {
            state.Messages.TryInsert(Aged(Message($"old-{i}", "491"), MessageState.Answered, receivedAtMs: Old));
        }

        var rule = new RetentionRule(Cutoff);
        Assert.Equal([2, 2, 1, 0], Enumerable.Range(0, 4).Select(_ => state.Retention.DeleteMessages(rule, 2)));
    }

    [Fact]
    public void RetentionRuleAt_ZeroRetention_KeepsEverything()
    {
        var now = DateTimeOffset.FromUnixTimeMilliseconds(1_000_000);

        Assert.Null(RetentionRule.At(now, TimeSpan.Zero));
        Assert.Equal(1_000_000 - 60_000, RetentionRule.At(now, TimeSpan.FromMinutes(1))!.CutoffMs);
    }

    private static MessageRecord Aged(MessageRecord record, MessageState state, long receivedAtMs)
    {
        record.State = state;
        record.ReceivedAtMs = receivedAtMs;
        return record;
    }

    private static OutboxItem Sent(OutboxItem item, OutboxState state)
    {
        item.State = state;
        return Outbox.WithKeys(item);
    }
}
