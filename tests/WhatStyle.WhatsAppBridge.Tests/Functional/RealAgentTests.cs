using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Drafts;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>The bridge with the real WhatStyle reply agent, answering from its offline responder (no provider keys).</summary>
public sealed class RealAgentTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TextMessage_RealAgentOffline_SendsOneNonEmptyReply()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, realAgent: true);
        var client = factory.CreateClient();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917800001", "Hey! Are we still on for dinner tonight?")]), Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the agent's reply", 30);
        Assert.False(string.IsNullOrWhiteSpace((string?)graph.Sends.Single()["text"]!["body"]));
        var health = JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz", UriKind.Relative), Ct)).RootElement;
        Assert.Equal("offline", health.GetProperty("agent").GetProperty("lastProvider").GetString());
        await Task.Delay(500, Ct);
        Assert.Single(graph.Sends);
    }

    [Fact]
    public async Task DraftMode_RealAgentOffline_StoresTheDraftAndSendsItOnApproval()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:DefaultMode"] = "draft" }, realAgent: true);
        var client = factory.CreateClient();
        var drafts = factory.Services.GetRequiredService<IDraftStore>();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917800002", "Can you send me the photos from Saturday?")]), Ct);

        await Webhook.EventuallyAsync(() => drafts.ListAsync(DraftStatus.Pending, Ct).Result.Count == 1, "a draft", 30);
        var draft = (await drafts.ListAsync(DraftStatus.Pending, Ct)).Single();
        Assert.Equal("offline", draft.Provider);
        Assert.Empty(graph.Sends);
        await drafts.ApproveAsync(draft.Id, cancellationToken: Ct);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the approved draft");
        Assert.Equal(draft.Text, (string?)graph.Sends.Single()["text"]!["body"]);
    }
}
