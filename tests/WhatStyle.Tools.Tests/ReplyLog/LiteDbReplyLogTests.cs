using LiteDB;
using WhatStyle.Tools.ReplyLog;

namespace WhatStyle.Tools.Tests.ReplyLog;

public sealed class LiteDbReplyLogTests : IDisposable
{
    private static readonly DateTimeOffset Written = new(2026, 11, 24, 20, 0, 0, TimeSpan.Zero);

    private readonly LiteDatabase _database = new(new MemoryStream());

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordTwice_KeepsTheFirstWriting_MarkSentAddsWhoseWordsWentOut()
    {
        var log = new LiteDbReplyLog(_database);
        var draft = new ReplyRecord { Id = "reply:w1", Contact = "4917", WrittenAt = Written, Provider = "ollama", Fallback = true, Calls = 1, FailedCalls = 2 };

        await log.RecordAsync(draft, Ct);
        await log.RecordAsync(draft with { Provider = "mistral", FailedCalls = 0 }, Ct); // a replay after a crash
        await log.MarkSentAsync(draft with { Provider = "whatever" }, ReplyRecord.Owner, Written.AddMinutes(5), Ct);
        await log.MarkSentAsync(draft, "ollama", Written.AddMinutes(9), Ct); // sent once: the first sending stands

        var stored = Assert.Single(await log.ListAsync(cancellationToken: Ct));
        Assert.Equal(draft with { SentBy = ReplyRecord.Owner, SentAt = Written.AddMinutes(5) }, stored);
    }

    [Fact]
    public async Task MarkSent_AReplyNeverRecorded_IsRecordedFromWhatIsKnown()
    {
        var log = new LiteDbReplyLog(_database);

        await log.MarkSentAsync(new ReplyRecord { Id = "cli-draft", Contact = "ct_1", WrittenAt = Written, Provider = "offline" }, "offline", Written, Ct);

        var stored = Assert.Single(await log.ListAsync(Written.AddSeconds(-1), Ct));
        Assert.Equal(("offline", "offline"), (stored.Provider, stored.SentBy));
        Assert.Empty(await log.ListAsync(Written.AddSeconds(1), Ct));
    }

    public void Dispose() => _database.Dispose();
}
