using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.ReplyLog;
using WhatStyle.Tools.Takeovers;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>The dashboard mounted in the bridge: a decision made there reaches WhatsApp and the contact's learned style.</summary>
public sealed partial class DashboardFlowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dashboard_ApproveEditedDraft_SendsTheEditAndTeachesTheStyle()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:Contacts:4917400011"] = "draft" });
        var webhooks = factory.CreateClient();
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var drafts = factory.Services.GetRequiredService<IDraftStore>();
        await Webhook.PostAsync(webhooks, Webhook.Body([Webhook.Text("4917400011", "can I borrow the car?")]), Ct);
        await Webhook.EventuallyAsync(() => drafts.ListAsync(DraftStatus.Pending, Ct).Result.Count == 1, "a pending draft");
        var draft = (await drafts.ListAsync(DraftStatus.Pending, Ct)).Single();
        var contacts = factory.Services.GetRequiredService<IContactDirectory>();
        var contact = (await contacts.FindAsync("4917400011", Ct))!;
        var page = $"/dashboard/conversations/c:{contact.Contact.Id}";

        var html = await browser.GetStringAsync(page, Ct);
        using var approved = await browser.PostAsync($"/dashboard/drafts/{Uri.EscapeDataString(draft.Id)}/approve", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__dashboard_token"] = Token(html),
            ["text"] = "klar, schlüssel liegen am haken 🔑",
            ["back"] = $"c:{contact.Contact.Id}",
        }), Ct);

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the edited draft sent");
        Assert.Equal("klar, schlüssel liegen am haken 🔑", (string?)graph.Sends.Single()["text"]!["body"]);
        await Webhook.EventuallyAsync(() => contacts.FindAsync("4917400011", Ct).Result!.Style.MessageCount == 1, "the edit learned as the owner's words");
        var recent = await factory.Services.GetRequiredService<IMessageRepository>().RecentAsync(ConversationKeys.ForContact(contact.Contact.Id), 10, cancellationToken: Ct);
        var sent = Assert.Single(recent, m => m.Direction == MessageDirection.Outgoing);
        Assert.Equal(("klar, schlüssel liegen am haken 🔑", false), (sent.Text, sent.WrittenByWhatStyle));
        var logged = Assert.Single(await factory.Services.GetRequiredService<IReplyLog>().ListAsync(cancellationToken: Ct));
        Assert.Equal((draft.Id, "fake", ReplyRecord.Owner), (logged.Id, logged.Provider, logged.SentBy));
    }

    [Fact]
    public async Task AutomaticReply_AfterAFallback_IsLoggedAsSentByItsProviderWithTheFailedCalls()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        factory.Agent.Writer = ("openai", true, 2);
        var webhooks = factory.CreateClient();

        await Webhook.PostAsync(webhooks, Webhook.Body([Webhook.Text("4917400015", "are you there?")]), Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the automatic reply sent");
        var logged = Assert.Single(await factory.Services.GetRequiredService<IReplyLog>().ListAsync(cancellationToken: Ct));
        Assert.Equal(("openai", true, 1, 2, "openai"), (logged.Provider, logged.Fallback, logged.Calls, logged.FailedCalls, logged.SentBy));
        var csv = await webhooks.GetStringAsync("/dashboard/analytics/providers.csv", Ct);
        Assert.Equal("provider,written,sent,fallbacks,fallback_rate,calls,failed_calls,failure_rate\r\nopenai,1,1,1,1,3,2,0.667\r\n", csv);
    }

    [Fact]
    public async Task ApprovedOfflineTemplate_Unedited_IsRecordedAsWhatStyles_NeverLearned()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        _ = factory.CreateClient();
        var contacts = factory.Services.GetRequiredService<IContactDirectory>();
        var contact = await contacts.GetOrCreateAsync("4917400012", Ct);
        var drafts = factory.Services.GetRequiredService<IDraftStore>();
        await drafts.AddAsync(new Draft
        {
            Id = "reply:wamid.offline", Contact = "4917400012", Chat = "4917400012", Text = "Thanks for your message!", Provider = "offline",
            CreatedAt = DateTimeOffset.UtcNow,
        }, Ct);

        await drafts.ApproveAsync("reply:wamid.offline", cancellationToken: Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the approved draft sent");
        await Webhook.EventuallyAsync(() => drafts.GetAsync("reply:wamid.offline", Ct).Result!.Status == DraftStatus.Sent, "draft marked sent");
        var recent = await factory.Services.GetRequiredService<IMessageRepository>().RecentAsync(ConversationKeys.ForContact(contact.Contact.Id), 10, cancellationToken: Ct);
        Assert.True(Assert.Single(recent).WrittenByWhatStyle);
        Assert.Equal(0, (await contacts.FindAsync("4917400012", Ct))!.Style.MessageCount);
    }

    [Fact]
    public async Task DraftMode_RealAgent_RecordsNoReplyUntilTheOwnerDecides()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:DefaultMode"] = "draft" }, realAgent: true);
        var client = factory.CreateClient();
        var drafts = factory.Services.GetRequiredService<IDraftStore>();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400013", "are you coming tonight?")]), Ct);
        await Webhook.EventuallyAsync(() => drafts.ListAsync(DraftStatus.Pending, Ct).Result.Count == 1, "a pending draft", timeoutSeconds: 30);
        var contact = (await factory.Services.GetRequiredService<IContactDirectory>().FindAsync("4917400013", Ct))!;
        var messages = factory.Services.GetRequiredService<IMessageRepository>();

        var beforeDecision = await messages.RecentAsync(ConversationKeys.ForContact(contact.Contact.Id), 10, cancellationToken: Ct);
        await drafts.RejectAsync((await drafts.ListAsync(DraftStatus.Pending, Ct)).Single().Id, Ct);
        await Task.Delay(300, Ct);
        var afterReject = await messages.RecentAsync(ConversationKeys.ForContact(contact.Contact.Id), 10, cancellationToken: Ct);

        Assert.Equal([MessageDirection.Incoming], beforeDecision.Select(m => m.Direction));
        Assert.Equal([MessageDirection.Incoming], afterReject.Select(m => m.Direction));
        Assert.Empty(graph.Sends);
    }

    [Fact]
    public async Task TakenOverChat_IsNotAnswered_UntilHandedBack()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        var contact = await factory.Services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("4917400014", Ct);
        var takeovers = factory.Services.GetRequiredService<ITakeovers>();
        await takeovers.TakeOverAsync(contact.Contact.Id, Ct);
        var first = Webhook.Text("4917400014", "are you there?");

        await Webhook.PostAsync(client, Webhook.Body([first]), Ct);
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.EventuallyAsync(() => database.Messages.FindById((string)first["id"]!)?.State == MessageState.Stored, "stored, not answered");
        await takeovers.HandBackAsync(contact.Contact.Id, Ct);
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400014", "hello?")]), Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "answered after the hand-back");
        Assert.Single(factory.Agent.Calls);
    }

    [Fact]
    public async Task TakenOverChat_IsNotAnswered_EvenWhenConfiguredAuto()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:Contacts:4917400015"] = "auto" });
        var client = factory.CreateClient();
        var contact = await factory.Services.GetRequiredService<IContactDirectory>().GetOrCreateAsync("4917400015", Ct);
        await factory.Services.GetRequiredService<ITakeovers>().TakeOverAsync(contact.Contact.Id, Ct);
        var message = Webhook.Text("4917400015", "you there?");

        await Webhook.PostAsync(client, Webhook.Body([message]), Ct);

        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.EventuallyAsync(() => database.Messages.FindById((string)message["id"]!)?.State == MessageState.Stored, "stored, not answered");
        Assert.Contains("took this chat over", database.Messages.FindById((string)message["id"]!)!.Note, StringComparison.Ordinal);
        Assert.Empty(graph.Sends);
        Assert.Empty(factory.Agent.Calls);
    }

    [Fact]
    public async Task Dashboard_IsMountedAtDashboard()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();

        var inbox = await client.GetStringAsync("/dashboard", Ct);
        var operations = await client.GetStringAsync("/dashboard/operations", Ct);

        Assert.Contains("<h1>Inbox</h1>", inbox, StringComparison.Ordinal);
        Assert.Contains("cloud", operations, StringComparison.Ordinal);
        Assert.Contains("No dead letters", operations, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CrisisAlert_NoteToSelf_GoesToTheOwnersNumberOnce()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Dashboard:NoteToSelf"] = "true",
            ["Dashboard:OwnerNumber"] = "+4917499999",
            ["Dashboard:AlertCheckInterval"] = "00:00:00.100",
        });
        _ = factory.CreateClient();
        await factory.Services.GetRequiredService<IDraftStore>().AddAsync(new Draft
        {
            Id = "reply:wamid.crisis", Contact = "4917400015", Chat = "4917400015", Text = "…", IncomingText = "I want to end it",
            Crisis = "likely self-harm", CreatedAt = DateTimeOffset.UtcNow,
        }, Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the note to self");
        await Task.Delay(500, Ct);

        var note = Assert.Single(graph.Sends);
        Assert.Equal("+4917499999", (string?)note["to"]);
        Assert.StartsWith("WhatStyle: Possible crisis (likely self-harm) from 4917400015", (string?)note["text"]!["body"], StringComparison.Ordinal);
        Assert.DoesNotContain("end it", (string?)note["text"]!["body"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UrgentMessage_InAChatNotAnswered_IsAnAlertAndOneNoteToSelf()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Bridge:Contacts:4917400016"] = "off",
            ["Dashboard:NoteToSelf"] = "true",
            ["Dashboard:OwnerNumber"] = "+4917499999",
            ["Dashboard:AlertCheckInterval"] = "00:00:00.100",
        });
        var client = factory.CreateClient();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400016", "URGENT!!! call me asap, I need the car keys right now!!")]), Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the note to self");
        await Task.Delay(500, Ct);
        var note = Assert.Single(graph.Sends);
        Assert.Equal("+4917499999", (string?)note["to"]);
        Assert.StartsWith("WhatStyle: An urgent message from ", (string?)note["text"]!["body"], StringComparison.Ordinal);
        Assert.DoesNotContain("car keys", (string?)note["text"]!["body"], StringComparison.Ordinal);
        Assert.Empty(factory.Agent.Calls); // mode off: nothing answered, the owner alerted
        var inbox = await client.GetStringAsync("/dashboard", Ct);
        Assert.Contains("class=\"alert urgent\"", inbox, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Crisis_InAChatThatIsOff_IsStillAnAlertAndANoteToSelf()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Bridge:Contacts:4917400017"] = "off",
            ["Dashboard:NoteToSelf"] = "true",
            ["Dashboard:OwnerNumber"] = "+4917499999",
            ["Dashboard:AlertCheckInterval"] = "00:00:00.100",
        });
        var client = factory.CreateClient();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400017", "i want to kill myself tonight")]), Ct);

        // No draft is made for a chat that is off, so the alert is all the owner gets: it must be there.
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the note to self");
        await Task.Delay(500, Ct);
        var note = Assert.Single(graph.Sends);
        Assert.Equal("+4917499999", (string?)note["to"]);
        Assert.DoesNotContain("kill myself", (string?)note["text"]!["body"], StringComparison.Ordinal);
        Assert.Empty(factory.Agent.Calls);
        var inbox = await client.GetStringAsync("/dashboard", Ct);
        Assert.Contains("class=\"alert urgent\"", inbox, StringComparison.Ordinal);
    }

    private static string Token(string html) => WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);

    [GeneratedRegex("name=\"__dashboard_token\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
