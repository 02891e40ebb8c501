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
    public async Task Healthz_RealAgentWithEveryProviderFailing_IsDegradedWithTheReasonAndAGauge()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        // No keys, so Ollama is the only provider counted, and nothing listens where it is looked for.
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Providers:Ollama:Endpoint"] = $"http://127.0.0.1:{BridgeProcess.FreePort()}/",
            ["Providers:Mistral:ApiKey"] = "",
            ["Providers:OpenAI:ApiKey"] = "",
        }, realAgent: true);
        var client = factory.CreateClient();

        JsonElement health = default;
        await Webhook.EventuallyAsync(() =>
        {
            health = JsonDocument.Parse(client.GetStringAsync(new Uri("/healthz", UriKind.Relative), Ct).Result).RootElement;
            return health.GetProperty("status").GetString() == "degraded";
        }, "health degraded", 15);

        Assert.Contains(health.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("every provider is cooling down or failing (ollama", StringComparison.Ordinal));
        await Webhook.EventuallyAsync(
            () => Prometheus.Values(client.GetStringAsync(new Uri("/metrics", UriKind.Relative), Ct).Result, "whatstyle_bridge_providers_failing").Contains(1),
            "the gauge", 15);
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
