using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

public sealed class SendErrorTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(400, 130429)]
    [InlineData(500, 131000)]
    [InlineData(503, 131016)]
    [InlineData(502, 0)]
    public async Task Send_OutageAnswer_IsRetriedAndSentOnceWithoutSpendingAnAttempt(int status, int code)
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        graph.FailNext(status, code == 0 ? "<html>bad gateway</html>" : FakeGraphApi.Error(code));
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917300001", "hello")]), Ct);

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the retried send");
        Assert.Equal(2, graph.Attempts.Count);
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.EventuallyAsync(() => database.Outbox.FindAll().Single().State == OutboxState.Sent, "marked sent");
        Assert.Equal(1, database.Outbox.FindAll().Single().Attempts);
    }

    [Fact]
    public async Task Send_PairRateLimit_WaitsForThatRecipientOnly()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        graph.FailNext(400, FakeGraphApi.Error(131056));
        graph.FailNext(400, FakeGraphApi.Error(131056));
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Bridge:PairRateLimitUnit"] = "00:00:00.400",
            ["Bridge:MaxAttempts"] = "5",
        });
        var client = factory.CreateClient();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917300002", "first person")]), Ct);
        await Webhook.EventuallyAsync(() => graph.Attempts.Count == 2, "two attempts hit the pair limit");
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917300003", "second person")]), Ct);

        // The other recipient is not held back by the first one's 4^n wait (0.4 s, then 1.6 s).
        await Webhook.EventuallyAsync(() => graph.SendsTo("+4917300003").Count == 1, "the other recipient's reply");
        Assert.Empty(graph.SendsTo("+4917300002"));
        await Webhook.EventuallyAsync(() => graph.SendsTo("+4917300002").Count == 1, "the paced recipient's reply");
        var item = factory.Services.GetRequiredService<BridgeDatabase>().Outbox.FindAll().Single(o => o.To == "4917300002");
        Assert.Equal(1, item.Attempts);
    }

    [Theory]
    [InlineData(131047)]
    [InlineData(131026)]
    [InlineData(100)]
    public async Task Send_PermanentError_IsNotRetriedAndIsDeadLettered(int code)
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        graph.FailNext(400, FakeGraphApi.Error(code));
        // The in-memory host has no remote address; a real bridge refuses those unless told otherwise.
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:AdminAllowUnknownAddress"] = "true" });
        var client = factory.CreateClient();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917300004", "hello")]), Ct);

        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.EventuallyAsync(() => database.Outbox.FindAll().Any(o => o.State == OutboxState.DeadLetter), "dead letter");
        await Task.Delay(300, Ct);
        Assert.Single(graph.Attempts);
        Assert.Empty(graph.Sends);
        var deadLetters = await client.GetFromJsonAsync<JsonElement>(new Uri("/admin/dead-letters", UriKind.Relative), Ct);
        var entry = Assert.Single(deadLetters.EnumerateArray());
        Assert.Equal(code, entry.GetProperty("errorCode").GetInt32());
        Assert.Equal("outbox", entry.GetProperty("source").GetString());
        Assert.Equal(1, entry.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task Send_MoreOutageAnswersThanMaxAttempts_IsStillSent()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        for (var i = 0; i < 6; i++)
        {
            graph.FailNext(500, FakeGraphApi.Error(131000));
        }

        // Three attempts allowed, six outage answers: an outage spends none of them.
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917300005", "hello")]), Ct);

        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.EventuallyAsync(() => database.Outbox.FindAll().Any(o => o.State == OutboxState.Sent), "the reply sent after the outage");
        Assert.Equal(7, graph.Attempts.Count);
        Assert.Single(graph.Sends);
        Assert.Equal(0, database.Outbox.Count(o => o.State == OutboxState.DeadLetter));
    }

    [Fact]
    public async Task Send_OutageOutlastingMaxMessageAge_IsDeadLetteredWithAReasonThatSaysSo()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        graph.FailFor(TimeSpan.FromMinutes(2), 503, FakeGraphApi.Error(131016, "Service unavailable"));
        // Long enough that the message is still answered on a busy machine (older ones are stored, not answered).
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:MaxMessageAge"] = "00:00:10" });
        var client = factory.CreateClient();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917300005", "hello")]), Ct);

        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.EventuallyAsync(() => database.Outbox.FindAll().Any(o => o.State == OutboxState.DeadLetter), "dead letter once the reply is too old", 40);
        var item = database.Outbox.FindAll().Single();
        Assert.Contains("Bridge:MaxMessageAge", item.LastError, StringComparison.Ordinal);
        Assert.Contains("131016", item.LastError, StringComparison.Ordinal);
        Assert.Empty(graph.Sends);
    }

    [Fact]
    public async Task Send_TokenExpired_StopsSendingAndHealthReportsIt()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        graph.FailNext(401, FakeGraphApi.Error(190, "Error validating access token"));
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917300006", "one")]), Ct);
        await Webhook.EventuallyAsync(() => graph.Attempts.Count == 1, "the rejected attempt");
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917300007", "two")]), Ct);
        await Task.Delay(800, Ct);

        Assert.Single(graph.Attempts);
        var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var report = JsonDocument.Parse(await health.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("sending-stopped", report.GetProperty("whatsApp").GetProperty("state").GetString());
        Assert.Contains("190", report.GetProperty("whatsApp").GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, report.GetProperty("outbox").GetProperty("pending").GetInt32());
    }
}
