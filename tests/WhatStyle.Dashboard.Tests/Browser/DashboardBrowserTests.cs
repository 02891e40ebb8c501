using Microsoft.Playwright;
using WhatStyle.Dashboard.Security;
using WhatStyle.Dashboard.Tests.Support;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Takeovers;

namespace WhatStyle.Dashboard.Tests.Browser;

/// <summary>The dashboard in a real browser (headless Chromium): login, takeover, encoding, every page on a phone.</summary>
public sealed class DashboardBrowserTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LogIn_WithThePassword_OpensTheInbox()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var server = await DashboardServer.StartAsync(new Dictionary<string, string?> { ["Dashboard:RequireLogin"] = "true" }, Ct);
        server.Get<DashboardPassword>().Set("correct horse battery");
        var page = await browser.NewPageAsync(new() { ViewportSize = Chromium.Desktop });

        await page.GotoAsync(new Uri(server.Address, "/dashboard").ToString());
        Assert.EndsWith("/dashboard/login?returnUrl=%2Fdashboard", page.Url, StringComparison.Ordinal);
        await page.FillAsync("input[name=password]", "wrong password!");
        await page.ClickAsync("button[type=submit]");
        var error = await page.TextContentAsync(".error");
        await Chromium.ScreenshotAsync(page, "login-desktop");
        await page.SetViewportSizeAsync(Chromium.Phone.Width, Chromium.Phone.Height);
        await Chromium.ScreenshotAsync(page, "login");
        await page.SetViewportSizeAsync(Chromium.Desktop.Width, Chromium.Desktop.Height);
        await page.FillAsync("input[name=password]", "correct horse battery");
        await page.ClickAsync("form.login button[type=submit]");

        Assert.Equal("Wrong password.", error);
        Assert.Equal("Inbox", await page.TextContentAsync("h1"));
        Assert.NotNull(await page.QuerySelectorAsync("text=Log out"));
    }

    [Fact]
    public async Task TakeOver_ThenHandBack_FromTheConversation()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var seed = new Seed(server.Services);
        var mia = await seed.ContactAsync("+491700000041", "Mia", Ct);
        await seed.MessageAsync(mia, MessageDirection.Incoming, "are you free tonight?", 1, Ct);
        var page = await browser.NewPageAsync(new() { ViewportSize = Chromium.Phone });

        await page.GotoAsync(new Uri(server.Address, "/dashboard").ToString());
        await page.ClickAsync("text=Mia");
        await page.ClickAsync("button:has-text('Take over')");
        var notice = await page.TextContentAsync(".notice");
        var takenOver = await server.Get<ITakeovers>().FindAsync(mia.Contact.Id, Ct);
        await page.ClickAsync("button:has-text('Hand back')");

        Assert.StartsWith("You took over", notice, StringComparison.Ordinal);
        Assert.NotNull(takenOver);
        Assert.Null(await server.Get<ITakeovers>().FindAsync(mia.Contact.Id, Ct));
    }

    [Fact]
    public async Task ScriptInAMessage_StaysText()
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var seed = new Seed(server.Services);
        var eve = await seed.ContactAsync("+491700000042", "Eve", Ct);
        const string Attack = "<script>document.title='pwned'</script><img src=x onerror=\"document.title='pwned'\">";
        await seed.MessageAsync(eve, MessageDirection.Incoming, Attack, 1, Ct);
        var page = await browser.NewPageAsync(new() { ViewportSize = Chromium.Desktop });
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await page.GotoAsync(new Uri(server.Address, $"/dashboard/conversations/c:{eve.Contact.Id}").ToString());

        Assert.Equal("Eve · WhatStyle", await page.TitleAsync());
        Assert.Equal(Attack, await page.TextContentAsync("ol.timeline li.in p.text"));
        Assert.Equal(0, await page.Locator("ol.timeline script, ol.timeline img[src=x]").CountAsync());
        Assert.Equal(0, dialogs);
    }

    public static TheoryData<string> Screens => new() { "phone", "desktop" };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task EveryPage_FitsTheScreen_AndIsPhotographed(string screen)
    {
        var (playwright, browser) = await Chromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var ids = await DemoData.SeedAsync(server, Ct);
        server.Bridge.Letters.Add(BridgeDeadLetter.FromOutbox("reply:wamid.77#0", "4917012345", "text", "See you at 8!", 5, 131026, "message undeliverable", 1_777_600_000_000));
        var page = await browser.NewPageAsync(new() { ViewportSize = screen == "phone" ? Chromium.Phone : Chromium.Desktop });

        foreach (var (name, path) in new[]
        {
            ("inbox", "/dashboard"),
            ("conversation", $"/dashboard/conversations/{ConversationKeys.ForContact(ids.Conversation)}"),
            ("contact", $"/dashboard/contacts/{ids.Conversation}"),
            ("analytics", "/dashboard/analytics"),
            ("operations", "/dashboard/operations"),
            ("events", "/dashboard/events"),
        })
        {
            var response = await page.GotoAsync(new Uri(server.Address, path).ToString());
            Assert.Equal(200, response!.Status);
            // Nothing wider than the screen: no sideways scrolling.
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"{path} is {overflow}px wider than the {screen} screen");
            await Chromium.ScreenshotAsync(page, screen == "phone" ? name : $"{name}-desktop");
        }

        // The new parts are on their pages: the urgent alert, the QR, the style's change, the providers table.
        await page.GotoAsync(new Uri(server.Address, "/dashboard").ToString());
        Assert.Equal(1, await page.Locator("a.alert.urgent").CountAsync());
        await page.GotoAsync(new Uri(server.Address, "/dashboard/operations").ToString());
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('figure.qr img').naturalWidth > 0"), "the QR image decodes");
    }
}
