using System.Net;
using System.Text.Json;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>
/// Health conditions at /healthz and their gauges at /metrics. In the exact-metrics collection: OpenTelemetry exports
/// every meter of the bridge's name in the process, so another bridge running meanwhile would export the same gauges.
/// </summary>
[Collection(ExactMetricsCollection.Name)]
public sealed class HealthGaugeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_WhatsAppFailingLongerThanTheThreshold_IsDegradedWithTheReasonAndAGauge()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        graph.FailFor(TimeSpan.FromMinutes(2), 503, FakeGraphApi.Error(131016, "Service unavailable"));
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:Health:WhatsAppFailingAfter"] = "00:00:01" });
        var client = factory.CreateClient();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917300008", "hello")]), Ct);
        await Webhook.EventuallyAsync(() => graph.OutageAnswers > 0, "the failing send");

        JsonElement report = default;
        await Webhook.EventuallyAsync(() =>
        {
            report = JsonDocument.Parse(client.GetStringAsync(new Uri("/healthz", UriKind.Relative), Ct).Result).RootElement;
            return report.GetProperty("status").GetString() == "degraded";
        }, "health degraded", 15);
        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("failing", report.GetProperty("whatsApp").GetProperty("state").GetString());
        Assert.Contains(report.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("WhatsApp API has failed", StringComparison.Ordinal));
        await Webhook.EventuallyAsync(
            () => Prometheus.Values(client.GetStringAsync(new Uri("/metrics", UriKind.Relative), Ct).Result, "whatstyle_bridge_whatsapp_failing_seconds").Any(v => v >= 1),
            "the gauge", 15);
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
}
