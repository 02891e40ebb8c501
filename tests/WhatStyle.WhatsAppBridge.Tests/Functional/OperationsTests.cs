using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

public sealed class OperationsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_ReportsInboxOutboxAgentAndWhatsApp()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917600001", "hi")]), Ct);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the reply");
        // Recorded as sent once the API's answer is back, a moment after the fake counted the send.
        await Webhook.EventuallyAsync(() => factory.Services.GetRequiredService<WhatStyle.WhatsAppBridge.Storage.BridgeDatabase>().Outbox.Count(o => o.State == WhatStyle.WhatsAppBridge.Storage.OutboxState.Sent) == 1, "marked sent");

        var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("healthy", report.GetProperty("status").GetString());
        Assert.Equal(0, report.GetProperty("inbox").GetProperty("backlogBytes").GetInt64());
        Assert.Equal(1, report.GetProperty("outbox").GetProperty("sent").GetInt32());
        Assert.Equal("fake", report.GetProperty("agent").GetProperty("lastProvider").GetString());
        Assert.Equal("ok", report.GetProperty("whatsApp").GetProperty("state").GetString());
        // The background embedding's pass (docs/contacts.md): with the hashing embedder nothing ever waits.
        Assert.Equal(0, report.GetProperty("memoryEmbedding").GetProperty("remaining").GetInt32());
    }

    [Fact]
    public async Task Metrics_ExposeMessagesRepliesAndRetriesInPrometheusFormat()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        graph.FailNext(500, FakeGraphApi.Error(131000));
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917600002", "hi")]), Ct);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the reply");

        string text = "";
        await Webhook.EventuallyAsync(() =>
        {
            text = client.GetStringAsync(new Uri("/metrics", UriKind.Relative), Ct).Result;
            return text.Contains("whatstyle_bridge_messages_out", StringComparison.Ordinal);
        }, "metrics exported");

        Assert.Contains("whatstyle_bridge_messages_in", text, StringComparison.Ordinal);
        Assert.Contains("whatstyle_bridge_replies", text, StringComparison.Ordinal);
        Assert.Contains("provider=\"fake\"", text, StringComparison.Ordinal);
        Assert.Contains("whatstyle_bridge_reply_latency", text, StringComparison.Ordinal);
        Assert.Contains("whatstyle_bridge_send_retries", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_MissingSecrets_FailsNamingEachMissingSettingButNoValues()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["WhatsApp:AppSecret"] = "",
            ["WhatsApp:AccessToken"] = "",
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var message = error is OptionsValidationException ? error.Message : error.ToString();
        Assert.Contains("WhatsApp:AppSecret", message, StringComparison.Ordinal);
        Assert.Contains("WhatsApp:AccessToken", message, StringComparison.Ordinal);
        Assert.DoesNotContain("WhatsApp:VerifyToken", message, StringComparison.Ordinal);
        Assert.DoesNotContain(BridgeFactory.VerifyToken, message, StringComparison.Ordinal);
    }
}
