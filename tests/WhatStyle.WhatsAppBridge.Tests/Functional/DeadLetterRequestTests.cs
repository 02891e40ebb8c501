using Microsoft.Extensions.DependencyInjection;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>The bridge side of <c>whatstyle deadletters retry|dismiss</c>: request files in the data directory.</summary>
public sealed class DeadLetterRequestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RetryRequest_SendsTheDeadLetterAgain_AndDismissRequest_DropsIt()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        graph.FailNext(400, FakeGraphApi.Error(131026));
        graph.FailNext(400, FakeGraphApi.Error(131026));
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        var database = factory.Services.GetRequiredService<BridgeDatabase>();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917300101", "first"), Webhook.Text("4917300102", "second")]), Ct);
        await Webhook.EventuallyAsync(() => database.Outbox.Count(o => o.State == OutboxState.DeadLetter) == 2, "two dead letters");
        var ids = database.Outbox.FindAll().OrderBy(o => o.To, StringComparer.Ordinal).Select(o => o.Id).ToList();

        WriteRequest(factory.DataDirectory, "retry", ids[0]);
        WriteRequest(factory.DataDirectory, "dismiss", ids[1]);
        WriteRequest(factory.DataDirectory, "explode", ids[1]);

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the retried dead letter sent");
        Assert.Equal("+4917300101", (string?)graph.Sends.Single()["to"]);
        await Webhook.EventuallyAsync(() => database.Outbox.FindById(ids[1]).State == OutboxState.Dismissed, "the other dismissed");
        await Webhook.EventuallyAsync(() => !Directory.EnumerateFiles(Path.Combine(factory.DataDirectory, "bridge-requests"), "*.json").Any(), "requests consumed");
        // The request the bridge cannot understand is set aside with its reason, not dropped silently.
        var failed = Assert.Single(Directory.GetFiles(Path.Combine(factory.DataDirectory, "bridge-requests"), "*.failed"));
        Assert.Contains("explode", File.ReadAllText(failed), StringComparison.Ordinal);
        Assert.Contains("expected", File.ReadAllText(failed + ".reason"), StringComparison.Ordinal);
        await Task.Delay(300, Ct);
        Assert.Single(graph.Sends);
        Assert.Equal(1, database.Outbox.FindById(ids[0]).Attempts);
    }

    [Fact]
    public async Task RequestThatFailsEveryTime_IsSetAsideAfterTheBound_AndDoesNotHoldBackTheNext()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        graph.FailNext(400, FakeGraphApi.Error(131026));
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Bridge:PoisonMaxAttempts"] = "3",
            ["Bridge:PoisonRetryBaseDelay"] = "00:00:00.050",
        });
        var client = factory.CreateClient();
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917300103", "third")]), Ct);
        await Webhook.EventuallyAsync(() => database.Outbox.Count(o => o.State == OutboxState.DeadLetter) == 1, "a dead letter");
        var id = database.Outbox.FindAll().Single().Id;

        // A request file that can never be read (a link to nothing), named to sort first: it fails the same way every
        // time. Before, it stopped every request after it, for ever.
        var folder = Path.Combine(factory.DataDirectory, "bridge-requests");
        Directory.CreateDirectory(folder);
        File.CreateSymbolicLink(Path.Combine(folder, "0000-unreadable.json"), Path.Combine(folder, "missing-target"));
        WriteRequest(factory.DataDirectory, "dismiss", id);

        await Webhook.EventuallyAsync(() => database.Outbox.FindById(id).State == OutboxState.Dismissed, "the readable request applied");
        // Set aside = its reason written, then the request renamed; wait for both (the reason lands first).
        await Webhook.EventuallyAsync(
            () => File.Exists(Path.Combine(folder, "0000-unreadable.failed.reason")) && Directory.GetFiles(folder, "*.json").Length == 0,
            "the unreadable one set aside");
        Assert.Contains("failed 3 times", File.ReadAllText(Path.Combine(folder, "0000-unreadable.failed.reason")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetryAllRequest_RetriesEveryDeadLetterCreatedSince()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        for (var i = 0; i < 3; i++)
        {
            graph.FailNext(400, FakeGraphApi.Error(131026));
        }

        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917300111", "one"), Webhook.Text("4917300112", "two"), Webhook.Text("4917300113", "three")]), Ct);
        await Webhook.EventuallyAsync(() => database.Outbox.Count(o => o.State == OutboxState.DeadLetter) == 3, "three dead letters");
        // One older than --since: it stays a dead letter.
        var old = database.Outbox.FindAll().OrderBy(o => o.To, StringComparer.Ordinal).First();
        old.CreatedAtMs -= (long)TimeSpan.FromDays(3).TotalMilliseconds;
        database.Outbox.Update(old);

        var folder = Path.Combine(factory.DataDirectory, "bridge-requests");
        Directory.CreateDirectory(folder);
        var since = DateTimeOffset.UtcNow.AddDays(-1).ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(folder, $"{Guid.NewGuid():N}.json"), $$"""{"action":"retry-all","since":"{{since}}"}""");

        await Webhook.EventuallyAsync(() => graph.Sends.Count == 2, "the two newer dead letters sent");
        await Task.Delay(300, Ct);
        Assert.Empty(graph.SendsTo("+" + old.To));
        Assert.Equal(OutboxState.DeadLetter, database.Outbox.FindById(old.Id).State);
    }

    [Fact]
    public async Task RetryEndpoint_FromLoopbackWithJson_RetriesEveryDeadLetter_AndWithoutJsonIsRefused()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        graph.FailNext(400, FakeGraphApi.Error(131026));
        graph.FailNext(400, FakeGraphApi.Error(131026));
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?> { ["Bridge:AdminAllowUnknownAddress"] = "true" });
        var client = factory.CreateClient();
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917300121", "one"), Webhook.Text("4917300122", "two")]), Ct);
        await Webhook.EventuallyAsync(() => database.Outbox.Count(o => o.State == OutboxState.DeadLetter) == 2, "two dead letters");

        using var form = await client.PostAsync(new Uri("/admin/dead-letters/retry", UriKind.Relative), new FormUrlEncodedContent([]), Ct);
        Assert.Equal(System.Net.HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        using var forwarded = new HttpRequestMessage(HttpMethod.Post, "/admin/dead-letters/retry") { Content = System.Net.Http.Json.JsonContent.Create(new { }) };
        forwarded.Headers.Add("X-Forwarded-For", "203.0.113.9");
        using var forwardedResponse = await client.SendAsync(forwarded, Ct);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, forwardedResponse.StatusCode);

        using var response = await client.PostAsync(new Uri("/admin/dead-letters/retry", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new { }), Ct);

        response.EnsureSuccessStatusCode();
        Assert.Contains("\"retried\":2", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 2, "both sent");
    }

    private static void WriteRequest(string dataDirectory, string action, string id)
    {
        var folder = Path.Combine(dataDirectory, "bridge-requests");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, $"{Guid.NewGuid():N}.json"), $$"""{"action":"{{action}}","id":"{{id}}"}""");
    }
}
