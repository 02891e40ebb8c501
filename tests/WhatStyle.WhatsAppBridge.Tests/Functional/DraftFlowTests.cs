using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

public sealed class DraftFlowTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DraftMode_StoresDraftAndSendsOnlyAfterApproval()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:Contacts:4917400001"] = "draft" });
        var client = factory.CreateClient();
        var drafts = factory.Services.GetRequiredService<IDraftStore>();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400001", "can I borrow the car?")]), Ct);

        await Webhook.EventuallyAsync(() => drafts.ListAsync(DraftStatus.Pending, Ct).Result.Count == 1, "a pending draft");
        Assert.Empty(graph.Sends);
        Assert.Empty(graph.ReadReceipts);
        var draft = (await drafts.ListAsync(DraftStatus.Pending, Ct)).Single();
        Assert.Equal(("4917400001", "re: can I borrow the car?", "can I borrow the car?"), (draft.Chat, draft.Text, draft.IncomingText));

        await drafts.ApproveAsync(draft.Id, "Sure, keys are on the hook.", Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the approved draft sent");
        Assert.Equal("Sure, keys are on the hook.", (string?)graph.Sends.Single()["text"]!["body"]);
        await Webhook.EventuallyAsync(() => drafts.GetAsync(draft.Id, Ct).Result!.Status == DraftStatus.Sent, "draft marked sent");
        await Task.Delay(500, Ct);
        Assert.Single(graph.Sends);
    }

    [Fact]
    public async Task RejectedDraft_IsNeverSent_AndOffModeOnlyStores()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Bridge:DefaultMode"] = "draft",
            ["Bridge:Contacts:4917400003"] = "off",
        });
        var client = factory.CreateClient();
        var drafts = factory.Services.GetRequiredService<IDraftStore>();
        var off = Webhook.Text("4917400003", "do not answer me");

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400002", "hello"), off]), Ct);

        await Webhook.EventuallyAsync(() => drafts.ListAsync(DraftStatus.Pending, Ct).Result.Count == 1, "a pending draft");
        await drafts.RejectAsync((await drafts.ListAsync(DraftStatus.Pending, Ct)).Single().Id, Ct);
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.EventuallyAsync(() => database.Messages.FindById((string)off["id"]!).State == MessageState.Stored, "off-mode message stored");
        await Task.Delay(500, Ct);
        Assert.Empty(graph.Sends);
        Assert.Single(factory.Agent.Calls);
    }

    [Fact]
    public async Task ProfileMode_SetOnTheContact_DecidesWithoutConfiguration()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        var contacts = factory.Services.GetRequiredService<IContactDirectory>();
        var drafter = await contacts.GetOrCreateAsync("+49 174 00005", Ct);
        await contacts.UpdateSettingsAsync(drafter.Contact.Id, new ContactSettings { ReplyMode = ReplyMode.Draft }, Ct);
        var silent = await contacts.GetOrCreateAsync("4917400006", Ct);
        await contacts.UpdateSettingsAsync(silent.Contact.Id, new ContactSettings { ReplyMode = ReplyMode.Off }, Ct);
        var drafts = factory.Services.GetRequiredService<IDraftStore>();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917400005", "draft me"), Webhook.Text("4917400006", "ignore me"), Webhook.Text("4917400007", "answer me")]), Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the unconfigured contact answered (default auto)");
        await Webhook.EventuallyAsync(() => drafts.ListAsync(DraftStatus.Pending, Ct).Result.Count == 1, "a draft for the draft-mode contact");
        Assert.Equal("+4917400007", (string?)graph.Sends.Single()["to"]);
        Assert.Equal("4917400005", (await drafts.ListAsync(DraftStatus.Pending, Ct)).Single().Contact);
        await Task.Delay(500, Ct);
        Assert.Single(graph.Sends);
        Assert.Equal(2, factory.Agent.Calls.Count);
    }
}
