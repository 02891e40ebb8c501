using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>The owner in a browser, on the bridge's own dashboard: a decision there reaches the (fake) WhatsApp channel.</summary>
public sealed class DashboardBrowserTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ApproveInTheBrowser_ReachesTheChannel()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:Contacts:4917400021"] = "draft" });
        var address = Start(factory);
        using var webhooks = new HttpClient { BaseAddress = address };
        await Webhook.PostAsync(webhooks, Webhook.Body([Webhook.Text("4917400021", "pizza tonight?")]), Ct);
        var drafts = factory.Services.GetRequiredService<IDraftStore>();
        await Webhook.EventuallyAsync(() => drafts.ListAsync(DraftStatus.Pending, Ct).Result.Count == 1, "a pending draft");
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(address, "/dashboard?show=drafts").ToString());
        await page.ClickAsync("ul.inbox li a");
        await page.ClickAsync("button:has-text('Approve and send')");

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the approved draft sent through the channel");
        Assert.Equal("re: pizza tonight?", (string?)graph.Sends.Single()["text"]!["body"]);
        Assert.StartsWith("Approved", await page.TextContentAsync(".notice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditInTheBrowser_SendsTheEdit_AndTheProfileLearns()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:Contacts:4917400022"] = "draft" });
        var address = Start(factory);
        using var webhooks = new HttpClient { BaseAddress = address };
        await Webhook.PostAsync(webhooks, Webhook.Body([Webhook.Text("4917400022", "pizza tonight?")]), Ct);
        var drafts = factory.Services.GetRequiredService<IDraftStore>();
        await Webhook.EventuallyAsync(() => drafts.ListAsync(DraftStatus.Pending, Ct).Result.Count == 1, "a pending draft");
        var contact = (await factory.Services.GetRequiredService<IContactDirectory>().FindAsync("4917400022", Ct))!;
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(address, $"/dashboard/conversations/c:{contact.Contact.Id}").ToString());
        await page.FillAsync("textarea[name=text]", "jaaa 😍😍 um 8?");
        await page.ClickAsync("button:has-text('Approve and send')");
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the edited draft sent");
        await Webhook.EventuallyAsync(
            () => factory.Services.GetRequiredService<IContactDirectory>().FindAsync("4917400022", Ct).Result!.Style.MessageCount == 1, "the edit learned");
        await page.GotoAsync(new Uri(address, $"/dashboard/contacts/{contact.Contact.Id}").ToString());

        Assert.Equal("jaaa 😍😍 um 8?", (string?)graph.Sends.Single()["text"]!["body"]);
        Assert.StartsWith("1 of your messages", await page.TextContentAsync("dl.fingerprint dd"), StringComparison.Ordinal);
        // A face: an object such as 🍕 becomes a favourite only after three days of use (the style learner's topic rule).
        Assert.Contains("😍", await page.TextContentAsync("dl.fingerprint") ?? "", StringComparison.Ordinal);
    }

    /// <summary>The bridge on Kestrel at 127.0.0.1 (a free port), so a browser can reach it.</summary>
    private static Uri Start(BridgeFactory factory)
    {
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }
}
