using Microsoft.Extensions.DependencyInjection;
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
}
