using LiteDB;
using WhatStyle.Tools.Replies.Queue;

namespace WhatStyle.Tools.Tests.Replies.Queue;

public sealed class LiteDbRetryQueueTests
{
    [Fact]
    public async Task EnqueueAsync_DatabaseReopened_ItemStillPending()
    {
        var directory = Directory.CreateTempSubdirectory("whatstyle-queue-test-").FullName;
        var path = Path.Combine(directory, "queue.db");
        try
        {
            var enqueuedAt = new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
            using (var database = new LiteDatabase(path))
            {
                await new LiteDbRetryQueue(database).EnqueueAsync(
                    new RetryItem { ContactId = "ct_1", Text = "How's your day going?", OfflineReply = "Pretty good!", Reason = "every provider failed", EnqueuedAt = enqueuedAt },
                    TestContext.Current.CancellationToken);
            }

            using (var reopened = new LiteDatabase(path))
            {
                var queue = new LiteDbRetryQueue(reopened);
                var item = Assert.Single(await queue.ListAsync(cancellationToken: TestContext.Current.CancellationToken));
                Assert.Equal("How's your day going?", item.Text);
                Assert.Equal(RetryStatus.Pending, item.Status);
                Assert.Equal(enqueuedAt, item.EnqueuedAt);

                item.Status = RetryStatus.Done;
                item.Draft = "Chill day!";
                await queue.UpdateAsync(item, TestContext.Current.CancellationToken);
                Assert.Empty(await queue.ListAsync(cancellationToken: TestContext.Current.CancellationToken));
                Assert.Equal("Chill day!", Assert.Single(await queue.ListAsync(includeDone: true, TestContext.Current.CancellationToken)).Draft);
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
