using WhatStyle.Dashboard.Data;
using WhatStyle.Dashboard.Tests.Support;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Dashboard.Tests.Data;

public sealed class StyleHistoryQueryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoadAsync_OwnerStartsUsingEmoji_TheEmojiRateRisesOverTime_WhatStylesWordsIgnored()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var seed = new Seed(server.Services);
        var eva = await seed.ContactAsync("+491700000081", "Eva", Ct);
        for (var day = 0; day < 30; day++)
        {
            await seed.MessageAsync(eva, MessageDirection.Incoming, "how are you?", day * 60 * 24, Ct);
            await seed.MessageAsync(eva, MessageDirection.Outgoing, day < 15 ? "Good, thanks." : "great!! 😍🎉", day * 60 * 24 + 5, Ct);
            // WhatStyle's words are not the owner's: a flood of its emoji must not show as the owner's change.
            await seed.MessageAsync(eva, MessageDirection.Outgoing, "🤖🤖🤖🤖", day * 60 * 24 + 6, Ct, byWhatStyle: true);
        }

        var points = await server.Get<StyleHistoryQuery>().LoadAsync(eva.Contact.Id, Ct);

        Assert.InRange(points.Count, 2, StyleHistoryQuery.MaxPoints);
        Assert.Equal(30, points[^1].Messages);
        Assert.Equal(0, points[0].EmojiRate, 3);
        Assert.True(points[^1].EmojiRate > 1, $"emoji rate at the end {points[^1].EmojiRate}");
        Assert.True(points[^1].ExclamationRate > points[0].ExclamationRate);
        Assert.True(points.Zip(points.Skip(1)).All(p => p.First.At <= p.Second.At));
    }

    [Fact]
    public async Task ContactPage_WithHistory_DrawsTheChangeAsSvg_WithoutNotEnough()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var seed = new Seed(server.Services);
        var eva = await seed.ContactAsync("+491700000082", "Eva", Ct);
        var bo = await seed.ContactAsync("+491700000083", "Bo", Ct);
        for (var i = 0; i < 6; i++)
        {
            await seed.MessageAsync(eva, MessageDirection.Outgoing, i < 3 ? "ok" : "okay 😊", i * 60, Ct);
        }

        using var client = server.Client();

        var (_, withHistory) = await client.GetAsync($"/dashboard/contacts/{eva.Contact.Id}", Ct);
        var (_, without) = await client.GetAsync($"/dashboard/contacts/{bo.Contact.Id}", Ct);

        Assert.Contains("class=\"chart style-chart\"", withHistory, StringComparison.Ordinal);
        Assert.Contains("<polyline points=", withHistory, StringComparison.Ordinal);
        Assert.Contains("Emoji per message: 0.00 → 0.50", withHistory, StringComparison.Ordinal);
        Assert.DoesNotContain("style-chart", without, StringComparison.Ordinal);
        Assert.Contains("Not enough of your own messages to Bo", without, StringComparison.Ordinal);
    }
}
