using WhatStyle.Tools.Replies.Queue;
using WhatStyle.Storage.Postgres.Tests.Support;

namespace WhatStyle.Storage.Postgres.Tests.Contracts;

/// <summary>What every <see cref="IRetryQueue"/> must do, whichever provider stores it.</summary>
public abstract class RetryQueueContract(StoreHarness harness)
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private IRetryQueue Queue => harness.Get<IRetryQueue>();

    [Fact]
    public void Registration_ConfiguredProvider_ResolvesItsImplementation() =>
        Assert.StartsWith(harness.ImplementationPrefix, Queue.GetType().Name, StringComparison.Ordinal);

    [Fact]
    public async Task List_PendingItems_NewestFirstAndDoneOnlyWhenAsked()
    {
        var contact = "c-" + Guid.NewGuid().ToString("N");
        var older = NewItem(contact, 1);
        var newer = NewItem(contact, 2);
        await Queue.EnqueueAsync(older, TestContext.Current.CancellationToken);
        await Queue.EnqueueAsync(newer, TestContext.Current.CancellationToken);

        older.Status = RetryStatus.Done;
        older.Draft = "better reply";
        older.CompletedAt = Start.AddHours(1);
        await Queue.UpdateAsync(older, TestContext.Current.CancellationToken);
        var pending = (await Queue.ListAsync(cancellationToken: TestContext.Current.CancellationToken)).Where(i => i.ContactId == contact).ToList();
        var all = (await Queue.ListAsync(includeDone: true, TestContext.Current.CancellationToken)).Where(i => i.ContactId == contact).ToList();

        Assert.Equal([newer.Id], pending.Select(i => i.Id));
        Assert.Equal([newer.Id, older.Id], all.Select(i => i.Id));
        Assert.Equal(("better reply", RetryStatus.Done, Start.AddHours(1)), (all[1].Draft, all[1].Status, all[1].CompletedAt));
    }

    [Fact]
    public async Task Enqueue_Fields_RoundTrip()
    {
        var item = NewItem("c-" + Guid.NewGuid().ToString("N"), 3);
        item.Group = "g-1";
        item.GroupMembers = ["a", "b"];
        item.Crisis = "possible danger";
        item.Attempts = 2;

        await Queue.EnqueueAsync(item, TestContext.Current.CancellationToken);
        var read = Assert.Single(await Queue.ListAsync(cancellationToken: TestContext.Current.CancellationToken), i => i.Id == item.Id);

        Assert.Equal((item.ContactId, item.Text, item.Group, item.MessageId, item.OfflineReply, item.Reason, item.Crisis, item.Attempts),
            (read.ContactId, read.Text, read.Group, read.MessageId, read.OfflineReply, read.Reason, read.Crisis, read.Attempts));
        Assert.Equal(item.GroupMembers, read.GroupMembers);
        Assert.Equal(item.ReceivedAt, read.ReceivedAt);
    }

    [Fact]
    public async Task Update_ItemNeverEnqueued_StaysAbsent()
    {
        var item = NewItem("c-" + Guid.NewGuid().ToString("N"), 4);

        await Queue.UpdateAsync(item, TestContext.Current.CancellationToken);

        Assert.DoesNotContain(await Queue.ListAsync(includeDone: true, TestContext.Current.CancellationToken), i => i.Id == item.Id);
    }

    private static RetryItem NewItem(string contact, int minutes) => new()
    {
        ContactId = contact,
        Text = "are you there?",
        MessageId = "wamid." + minutes,
        ReceivedAt = Start.AddMinutes(minutes),
        EnqueuedAt = Start.AddMinutes(minutes),
        OfflineReply = "back soon",
        Reason = "mistral: timeout",
    };
}

public sealed class LiteDbRetryQueueTests(LiteDbHarness harness) : RetryQueueContract(harness), IClassFixture<LiteDbHarness>;

public sealed class PostgresRetryQueueTests(PostgresHarness harness) : RetryQueueContract(harness), IClassFixture<PostgresHarness>;
