using System.Net;
using WhatStyle.Dashboard.Bridge;
using WhatStyle.Dashboard.Tests.Support;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Takeovers;

namespace WhatStyle.Dashboard.Tests.Endpoints;

public sealed class ActionEndpointsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Approve_UnchangedText_ApprovesTheProposal()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var draft = await new Seed(server.Services).DraftAsync("4917000031", "lunch?", "yes!\nat noon", Ct);
        using var client = server.Client();
        await client.GetAsync("/dashboard/conversations/d:4917000031", Ct);

        using var response = await client.PostAsync($"/dashboard/drafts/{Uri.EscapeDataString(draft.Id)}/approve",
            new Dictionary<string, string> { ["text"] = "yes!\r\nat noon", ["back"] = "d:4917000031" }, Ct);

        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("/dashboard/conversations/d%3A4917000031?note=approved", response.Headers.Location!.OriginalString);
        var stored = await server.Get<IDraftStore>().GetAsync(draft.Id, Ct);
        Assert.Equal((DraftStatus.Approved, "yes!\nat noon", false), (stored!.Status, stored.Text, stored.Edited));
    }

    [Fact]
    public async Task Approve_EditedText_StoresItAsEdited_AndSaysWhenNoBridgeRuns()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        server.Bridge.IsLive = false;
        var draft = await new Seed(server.Services).DraftAsync("4917000032", "lunch?", "yes!", Ct);
        using var client = server.Client();
        await client.GetAsync("/dashboard/conversations/d:4917000032", Ct);

        using var response = await client.PostAsync($"/dashboard/drafts/{Uri.EscapeDataString(draft.Id)}/approve",
            new Dictionary<string, string> { ["text"] = "ja klar, 12 uhr?" }, Ct);

        Assert.EndsWith("?note=approved-later", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var stored = await server.Get<IDraftStore>().GetAsync(draft.Id, Ct);
        Assert.Equal((DraftStatus.Approved, "ja klar, 12 uhr?", true), (stored!.Status, stored.Text, stored.Edited));
        var (_, html) = await client.GetAsync(response.Headers.Location!.OriginalString, Ct);
        Assert.Contains("sent when the bridge next runs", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_PendingDraft_KeepsItAsRejected_AndShowsItAsANegativeExample()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var seed = new Seed(server.Services);
        var ben = await seed.ContactAsync("4917000033", "Ben", Ct);
        var draft = await seed.DraftAsync("4917000033", "lunch?", "Dear Sir, certainly.", Ct);
        using var client = server.Client();
        await client.GetAsync($"/dashboard/conversations/c:{ben.Contact.Id}", Ct);

        using var response = await client.PostAsync($"/dashboard/drafts/{Uri.EscapeDataString(draft.Id)}/reject",
            new Dictionary<string, string> { ["back"] = $"c:{ben.Contact.Id}" }, Ct);

        Assert.Equal(DraftStatus.Rejected, (await server.Get<IDraftStore>().GetAsync(draft.Id, Ct))!.Status);
        var (_, html) = await client.GetAsync(response.Headers.Location!.OriginalString, Ct);
        Assert.Contains("1 rejected draft(s)", html, StringComparison.Ordinal);
        Assert.Contains("Dear Sir, certainly.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutFormToken_IsRefusedAndChangesNothing()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var draft = await new Seed(server.Services).DraftAsync("4917000034", "lunch?", "yes!", Ct);
        using var client = server.Client();
        await client.GetAsync("/dashboard/conversations/d:4917000034", Ct);
        Assert.NotNull(client.Token);

        using var response = await client.PostAsync($"/dashboard/drafts/{Uri.EscapeDataString(draft.Id)}/approve",
            new Dictionary<string, string> { ["text"] = "yes!" }, Ct, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(DraftStatus.Pending, (await server.Get<IDraftStore>().GetAsync(draft.Id, Ct))!.Status);
    }

    [Fact]
    public async Task TakeoverThenHandBack_SwitchesTheChat()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var seed = new Seed(server.Services);
        var cara = await seed.ContactAsync("4917000035", "Cara", Ct);
        await seed.MessageAsync(cara, MessageDirection.Incoming, "hey", 1, Ct);
        using var client = server.Client();
        var page = $"/dashboard/conversations/c:{cara.Contact.Id}";
        await client.GetAsync(page, Ct);

        using var taken = await client.PostAsync($"{page}/takeover", new Dictionary<string, string>(), Ct);
        var takenOver = await server.Get<ITakeovers>().FindAsync(cara.Contact.Id, Ct);
        var (_, html) = await client.GetAsync(page, Ct);
        using var back = await client.PostAsync($"{page}/handback", new Dictionary<string, string>(), Ct);

        Assert.NotNull(takenOver);
        Assert.Contains("Hand back", html, StringComparison.Ordinal);
        Assert.Null(await server.Get<ITakeovers>().FindAsync(cara.Contact.Id, Ct));
        Assert.EndsWith("?note=handback", back.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateContact_ValidForm_SavesSettings_InvalidLanguageIsRefused()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var dan = await new Seed(server.Services).ContactAsync("4917000036", "Dan", Ct);
        using var client = server.Client();
        var page = $"/dashboard/contacts/{dan.Contact.Id}";
        await client.GetAsync(page, Ct);

        using var saved = await client.PostAsync(page, new Dictionary<string, string>
        {
            ["relationship"] = "Sibling", ["mode"] = "Draft", ["nickname"] = "bro", ["emoji"] = "Heavy", ["language"] = "DE", ["address"] = "Polite",
        }, Ct);
        using var refused = await client.PostAsync(page, new Dictionary<string, string> { ["language"] = "deutsch" }, Ct);
        using var refusedAddress = await client.PostAsync(page, new Dictionary<string, string> { ["address"] = "Sie" }, Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refusedAddress.StatusCode);
        var settings = (await server.Get<IContactDirectory>().FindAsync(dan.Contact.Id, Ct))!.Settings;
        Assert.Equal((Relationship.Sibling, ReplyMode.Draft, "bro", EmojiPolicy.Heavy, "de", AddressForm.Polite),
            (settings.Relationship, settings.ReplyMode, settings.Nickname, settings.Emoji, settings.Language, settings.Address));
    }

    [Fact]
    public async Task UpdateContact_EmptyFields_ClearTheSettings_KeepingWhatTheFormDoesNotShow()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        var dan = await new Seed(server.Services).ContactAsync("4917000037", "Dan", Ct);
        await server.Get<IContactDirectory>().UpdateSettingsAsync(dan.Contact.Id, new ContactSettings
        {
            Relationship = Relationship.Sibling, ReplyMode = ReplyMode.Off, Nickname = "bro", Emoji = EmojiPolicy.Heavy, Language = "de", Greeting = "yo",
            Address = AddressForm.Polite,
        }, Ct);
        using var client = server.Client();
        var page = $"/dashboard/contacts/{dan.Contact.Id}";
        await client.GetAsync(page, Ct);

        using var saved = await client.PostAsync(page, new Dictionary<string, string>
        {
            ["relationship"] = "Sibling", ["mode"] = "", ["nickname"] = "", ["emoji"] = "", ["language"] = "", ["address"] = "",
        }, Ct);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = (await server.Get<IContactDirectory>().FindAsync(dan.Contact.Id, Ct))!.Settings;
        Assert.Equal((Relationship.Sibling, (ReplyMode?)null, (string?)null, (EmojiPolicy?)null, (string?)null, (AddressForm?)null, "yo"),
            (settings.Relationship, settings.ReplyMode, settings.Nickname, settings.Emoji, settings.Language, settings.Address, settings.Greeting));
        var (_, html) = await client.GetAsync(page, Ct);
        Assert.Contains("<select name=\"mode\"><option value selected>the bridge", html, StringComparison.Ordinal); // the default again
    }

    [Fact]
    public async Task DeadLetter_RetryAndDismiss_GoToTheBridge()
    {
        await using var server = await DashboardServer.StartAsync(cancellationToken: Ct);
        server.Bridge.Letters.Add(BridgeDeadLetter.FromOutbox("out-1", "4917000001", "text", "hi", 5, null, "failed", 0));
        server.Bridge.Letters.Add(BridgeDeadLetter.FromOutbox("out-2", "4917000001", "text", "ho", 5, null, "failed", 0));
        using var client = server.Client();
        await client.GetAsync("/dashboard/operations", Ct);

        using var retry = await client.PostAsync("/dashboard/operations/dead-letters", new Dictionary<string, string> { ["id"] = "out-1", ["action"] = "retry" }, Ct);
        using var dismiss = await client.PostAsync("/dashboard/operations/dead-letters", new Dictionary<string, string> { ["id"] = "out-2", ["action"] = "dismiss" }, Ct);
        using var bad = await client.PostAsync("/dashboard/operations/dead-letters", new Dictionary<string, string> { ["id"] = "out-2", ["action"] = "explode" }, Ct);

        Assert.Equal([("out-1", DeadLetterAction.Retry), ("out-2", DeadLetterAction.Dismiss)], server.Bridge.Actions);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }
}
