using WhatStyle.Dashboard.Data;
using WhatStyle.Dashboard.Tests.Support;
using WhatStyle.Tools.Memory;
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
        await seed.DraftAsync("+491700000051", "x", "y", Ct, provider: "offline");
        await seed.DraftAsync("+491700000051", "x", "z", Ct, provider: "mistral");

        var report = await server.Get<AnalyticsQuery>().LoadAsync(Ct);

        Assert.Equal([new DayCount(new DateOnly(2026, 5, 1), 1, 1), new DayCount(new DateOnly(2026, 5, 2), 1, 1)], report.PerDay);
        Assert.Equal([new LatencyRow("you", 1, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(4)), new LatencyRow("WhatStyle", 1, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(10))], report.Latency);
        Assert.Equal(
            ["WhatStyle (sent automatically)", "drafts by mistral", "drafts by the offline responder", "you (typed)"],
            report.Answered.Select(s => s.Who).Order(StringComparer.Ordinal));
        Assert.All(report.Answered, s => Assert.Equal(0.25, s.Share, 3));
        var mix = Assert.Single(report.ToneMix);
        Assert.Equal(("Anna", 2), (mix.Contact, mix.Messages));
        Assert.Equal(1, mix.Emotions.GetValueOrDefault(Emotion.Joy));
    }

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
