using WhatStyle.Dashboard.Data;
using WhatStyle.Dashboard.Tests.Support;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.ReplyLog;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Dashboard.Tests.Data;

public sealed class AnalyticsQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoadAsync_CountsDaysLatencySharesAndTone()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var seed = new Seed(server.Services);
        var anna = await seed.ContactAsync("+491700000051", "Anna", Ct);
        await seed.MessageAsync(anna, MessageDirection.Incoming, "I am so happy, we won!", 0, Ct);
        await seed.MessageAsync(anna, MessageDirection.Outgoing, "yay!!", 4, Ct);
        await seed.MessageAsync(anna, MessageDirection.Incoming, "dinner tomorrow?", 60 * 24, Ct);
        await seed.MessageAsync(anna, MessageDirection.Outgoing, "sure", 60 * 24 + 10, Ct, byWhatStyle: true);
        await seed.MessageAsync(anna, MessageDirection.Incoming, "and the car?", 60 * 24 + 20, Ct);
        // A sent draft (the owner's edit): counted from the reply log, not as typed.
        await server.Get<IConversationMemory>().RecordAsync(new ConversationMessage(
            "draft:reply:wamid.4", anna.Contact.Id, null, MessageDirection.Outgoing, "take it", Seed.Start.AddMinutes(60 * 24 + 30)), Ct);
        var log = server.Get<IReplyLog>();
        await log.RecordAsync(Reply("reply:wamid.1", "mistral", fallback: false, calls: 1, failed: 0, sentBy: "mistral"), Ct);
        await log.RecordAsync(Reply("reply:wamid.2", "openai", fallback: true, calls: 1, failed: 2, sentBy: "openai"), Ct);
        await log.RecordAsync(Reply("reply:wamid.3", "offline", fallback: true, calls: 0, failed: 3, sentBy: null), Ct);
        await log.RecordAsync(Reply("reply:wamid.4", "mistral", fallback: false, calls: 1, failed: 0, sentBy: null), Ct);
        await log.MarkSentAsync(Reply("reply:wamid.4", "mistral", false, 0, 0, null), ReplyRecord.Owner, Seed.Start, Ct);

        var report = await server.Get<AnalyticsQuery>().LoadAsync(Ct);

        Assert.Equal([new DayCount(new DateOnly(2026, 5, 1), 1, 1), new DayCount(new DateOnly(2026, 5, 2), 2, 2)], report.PerDay);
        Assert.Equal(
            [new LatencyRow("you", 2, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(10)), new LatencyRow("WhatStyle", 1, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10))],
            report.Latency);
        Assert.Equal(["mistral", "openai", "you (edited draft)", "you (typed)"], report.Answered.Select(s => s.Who).Order(StringComparer.Ordinal));
        Assert.All(report.Answered, s => Assert.Equal((1, 0.25), (s.Count, Math.Round(s.Share, 3))));
        Assert.Equal(
            [
                new ProviderRow("mistral", 2, 2, 0, 0, 2, 0, 0),
                new ProviderRow("openai", 1, 1, 1, 1, 3, 2, 2.0 / 3),
                new ProviderRow("the offline responder", 1, 0, 1, 1, 3, 3, 1),
                new ProviderRow("all", 4, 3, 2, 0.5, 8, 5, 5.0 / 8),
            ],
            report.Providers);
        var mix = Assert.Single(report.ToneMix);
        Assert.Equal(("Anna", 3), (mix.Contact, mix.Messages));
        Assert.Equal(1, mix.Emotions.GetValueOrDefault(Emotion.Joy));
    }

    [Fact]
    public void CsvTable_Providers_OneRowPerProviderWithRates()
    {
        var report = new AnalyticsReport([], [], [], []) { Providers = [new ProviderRow("openai", 3, 2, 1, 1.0 / 3, 4, 1, 0.25)] };

        var csv = CsvTable.Render(report, "providers");

        Assert.Equal("provider,written,sent,fallbacks,fallback_rate,calls,failed_calls,failure_rate\r\nopenai,3,2,1,0.333,4,1,0.25\r\n", csv);
    }

    private static ReplyRecord Reply(string id, string provider, bool fallback, int calls, int failed, string? sentBy) => new()
    {
        Id = id, Contact = "+491700000051", WrittenAt = Seed.Start, Provider = provider, Fallback = fallback, Calls = calls, FailedCalls = failed,
        SentBy = sentBy, SentAt = sentBy is null ? null : Seed.Start,
    };

    [Fact]
    public void CsvTable_QuotesAndDefusesFormulas()
    {
        var report = new AnalyticsReport([], [], [new ShareRow("=cmd|' /C calc'!A0", 1, 1)], [new ToneMixRow("Doe, \"Jo\"", 1, new Dictionary<Emotion, int> { [Emotion.Joy] = 1 })]);

        var shares = CsvTable.Render(report, "who-answered")!;
        var tone = CsvTable.Render(report, "tone-mix")!;

        Assert.Equal("who,count,share\r\n'=cmd|' /C calc'!A0,1,1\r\n", shares);
        Assert.StartsWith("contact,messages,joy,love,sadness,anger,fear,surprise,disgust,neutral\r\n\"Doe, \"\"Jo\"\"\",1,1,0", tone, StringComparison.Ordinal);
        Assert.Null(CsvTable.Render(report, "passwords"));
    }
}
