using System.Net;
using WhatStyle.Dashboard.Events;
using WhatStyle.Dashboard.Tests.Support;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Dashboard.Tests.Endpoints;

public sealed class PageEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> EveryPage => new() { "/dashboard", "/dashboard/analytics", "/dashboard/operations", "/dashboard/events", "/dashboard/login" };

    [Theory]
    [MemberData(nameof(EveryPage))]
    public async Task Get_EmptyDataDirectory_SaysWhatToDoNext(string path)
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        server.Bridge.IsLive = false;
        using var client = server.Client();

        var (status, html) = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<!DOCTYPE html>", html, StringComparison.Ordinal);
        if (path != "/dashboard/login")
        {
            Assert.Contains("class=\"empty\"", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("{\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MessageWithScript_ShowsItAsText()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var seed = new Seed(server.Services);
        var eve = await seed.ContactAsync("+491700000021", "Eve <b>", Ct);
        await seed.MessageAsync(eve, MessageDirection.Incoming, "<script>alert('x')</script>", 1, Ct);
        await seed.DraftAsync("+491700000021", "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", Ct);
        using var client = server.Client();

        var (_, inbox) = await client.GetAsync("/dashboard", Ct);
        var (_, conversation) = await client.GetAsync($"/dashboard/conversations/c:{eve.Contact.Id}", Ct);

        foreach (var html in new[] { inbox, conversation })
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Eve <b>", html, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<img src=x", conversation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Conversation_ShowsTimelineToneChartAndDraft()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var seed = new Seed(server.Services);
        var dora = await seed.ContactAsync("+491700000022", "Dora", Ct);
        await seed.MessageAsync(dora, MessageDirection.Incoming, "I am so happy today!", 1, Ct);
        await seed.MessageAsync(dora, MessageDirection.Outgoing, "yay 🎉", 2, Ct);
        await seed.MessageAsync(dora, MessageDirection.Incoming, "ugh, my train is late again, I hate this", 3, Ct);
        await seed.DraftAsync("+491700000022", "ugh, my train is late again", "oh no, sorry!", Ct);
        using var client = server.Client();

        var (status, html) = await client.GetAsync($"/dashboard/conversations/c:{dora.Contact.Id}", Ct);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("I am so happy today!", html, StringComparison.Ordinal);
        Assert.Contains("positive · joy", html.Replace("&#xB7;", "·", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("class=\"sentiment\"", html, StringComparison.Ordinal);
        Assert.Contains("Draft waiting for you", html, StringComparison.Ordinal);
        Assert.Contains("oh no, sorry!</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("Take over", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownConversationOrContact_IsNotFoundWithAWayBack()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        using var client = server.Client();

        var (conversation, html) = await client.GetAsync("/dashboard/conversations/c:nobody", Ct);
        var (contact, _) = await client.GetAsync("/dashboard/contacts/nobody", Ct);

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (conversation, contact));
        Assert.Contains("Back to the inbox", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Operations_ShowsChannelProvidersAndDeadLetters()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        server.Bridge.Status = new("waha", true, "SCAN_QR_CODE", null, Convert.FromBase64String(QrPng), "waiting for the QR code to be scanned");
        server.Bridge.ProviderStates.Add(new("mistral", true, false, new DateTimeOffset(2026, 5, 1, 12, 5, 0, TimeSpan.Zero), "rate limited"));
        server.Bridge.Letters.Add(BridgeDeadLetter.FromOutbox("out-1", "4917000001", "text", "see you <soon>", 5, 131026, "undeliverable", 1_777_000_000_000));
        using var client = server.Client();

        var (_, html) = await client.GetAsync("/dashboard/operations", Ct);

        Assert.Contains("SCAN_QR_CODE", html, StringComparison.Ordinal);
        Assert.Contains($"data:image/png;base64,{QrPng}", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Contains("cooling down until 12:05:00", html, StringComparison.Ordinal);
        Assert.Contains("see you &lt;soon&gt;", html, StringComparison.Ordinal);
        Assert.Contains("value=\"retry\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Operations_QrThatIsNotAPng_ShowsNoImage()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        server.Bridge.Status = new("waha", true, "SCAN_QR_CODE", null, [0x89, 0x50, 0x4E, 0x47], "waiting for the QR code to be scanned");
        using var client = server.Client();

        var (_, html) = await client.GetAsync("/dashboard/operations", Ct);

        Assert.Contains("SCAN_QR_CODE", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data:image/png", html, StringComparison.Ordinal);
    }

    /// <summary>A 2×2 grey PNG.</summary>
    private const string QrPng = "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAAAAABX3VL4AAAADElEQVR4nGNg+A+EAAYAAf+T0eSJAAAAAElFTkSuQmCC";

    [Fact]
    public async Task Get_Events_ShowsRecentEvents()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        server.Get<IDashboardEvents>().Publish(new DashboardEvent(DateTimeOffset.UnixEpoch, "reply", "A reply to <x> was sent."));
        using var client = server.Client();

        var (_, html) = await client.GetAsync("/dashboard/events", Ct);

        Assert.Contains("A reply to &lt;x&gt; was sent.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"events-empty\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCsv_KnownTable_IsCsv_UnknownIsNotFound()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var seed = new Seed(server.Services);
        var anna = await seed.ContactAsync("+491700000024", "Anna", Ct);
        await seed.MessageAsync(anna, MessageDirection.Incoming, "hi", 1, Ct);
        using var client = server.Client();

        var (ok, csv) = await client.GetAsync("/dashboard/analytics/messages-per-day.csv", Ct);
        var (missing, _) = await client.GetAsync("/dashboard/analytics/secrets.csv", Ct);
        var (_, page) = await client.GetAsync("/dashboard/analytics", Ct);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.NotFound), (ok, missing));
        Assert.Equal("day,received,sent\r\n2026-05-01,1,0\r\n", csv);
        Assert.Contains("<rect class=\"received\"", page, StringComparison.Ordinal);
    }
}
