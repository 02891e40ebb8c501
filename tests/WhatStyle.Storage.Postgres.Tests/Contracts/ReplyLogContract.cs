using WhatStyle.Storage.Postgres.Tests.Support;
using WhatStyle.Tools.ReplyLog;

namespace WhatStyle.Storage.Postgres.Tests.Contracts;

/// <summary>What every <see cref="IReplyLog"/> must do, whichever provider stores it.</summary>
public abstract class ReplyLogContract(StoreHarness harness)
{
    private static readonly DateTimeOffset Written = new(2026, 12, 7, 3, 0, 0, TimeSpan.Zero);

    private IReplyLog Log => harness.Get<IReplyLog>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Registration_ConfiguredProvider_ResolvesItsImplementation() =>
        Assert.StartsWith(harness.ImplementationPrefix, Log.GetType().Name, StringComparison.Ordinal);

    [Fact]
    public async Task Record_SameIdAgain_KeepsTheFirstWritingAndTakesTheFirstSending()
    {
        var reply = NewReply(Written);

        await Log.RecordAsync(reply, Ct);
        await Log.RecordAsync(reply with { Provider = "openai", Calls = 9 }, Ct);
        await Log.MarkSentAsync(reply, "mistral", Written.AddMinutes(1), Ct);
        await Log.MarkSentAsync(reply, ReplyRecord.Owner, Written.AddMinutes(2), Ct);

        Assert.Equal(
            reply with { SentBy = "mistral", SentAt = Written.AddMinutes(1) },
            Assert.Single(await Log.ListAsync(cancellationToken: Ct), r => r.Id == reply.Id));
    }

    [Fact]
    public async Task MarkSent_NeverRecorded_RecordsItFromTheWriting()
    {
        var reply = NewReply(Written) with { Fallback = true, FailedCalls = 2 };

        await Log.MarkSentAsync(reply, ReplyRecord.Owner, Written.AddSeconds(30), Ct);

        Assert.Equal(
            reply with { SentBy = ReplyRecord.Owner, SentAt = Written.AddSeconds(30) },
            Assert.Single(await Log.ListAsync(cancellationToken: Ct), r => r.Id == reply.Id));
    }

    [Fact]
    public async Task List_Since_ReturnsThoseWrittenAtOrAfterOldestFirst()
    {
        var contact = "c-" + Guid.NewGuid().ToString("N");
        var since = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var late = NewReply(since.AddHours(2)) with { Contact = contact };
        var atStart = NewReply(since) with { Contact = contact };
        var before = NewReply(since.AddMilliseconds(-1)) with { Contact = contact };
        foreach (var reply in new[] { late, before, atStart })
        {
            await Log.RecordAsync(reply, Ct);
        }

        var listed = (await Log.ListAsync(since, Ct)).Where(r => r.Contact == contact).ToList();

        Assert.Equal([atStart, late], listed);
    }

    private static ReplyRecord NewReply(DateTimeOffset written) => new()
    {
        Id = "reply:" + Guid.NewGuid().ToString("N"), Contact = "4917000000001", WrittenAt = written, Provider = "mistral", Calls = 1,
    };
}

public sealed class LiteDbReplyLogTests(LiteDbHarness harness) : ReplyLogContract(harness), IClassFixture<LiteDbHarness>;

public sealed class PostgresReplyLogTests(PostgresHarness harness) : ReplyLogContract(harness), IClassFixture<PostgresHarness>;
