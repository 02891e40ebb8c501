using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>
/// Issue 13's check, in real time (about 30 s; it runs in parallel with the other long tests): bridge.db's writes fail
/// (as on a full disk) for 20 s, through the <see cref="StorageFaults"/> seam under LiteDB's file streams, then work
/// again. Webhooks are still acknowledged, health reports the stall meanwhile, and processing resumes with no restart.
/// </summary>
public sealed class StorageOutageTests
{
    private const int Senders = 5;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StorageWritesFailFor20Seconds_ProcessingResumesWithoutRestartAndHealthReportsTheStall()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Bridge:Health:StorageFailingAfter"] = "00:00:01",
            ["Bridge:Health:BacklogStalledAfter"] = "00:00:02",
        });
        var client = factory.CreateClient();
        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917900000", "before")]), Ct);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the reply before the outage");

        var faults = factory.Services.GetRequiredService<StorageFaults>();
        faults.FailWrites = () => new IOException("No space left on device");
        var outage = Stopwatch.StartNew();
        for (var i = 1; i <= Senders; i++)
        {
            using var response = await Webhook.PostAsync(client, Webhook.Body([Webhook.Text($"491790000{i}", $"during {i}")]), Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        JsonElement report = default;
        await Webhook.EventuallyAsync(() =>
        {
            using var health = client.GetAsync(new Uri("/healthz", UriKind.Relative), Ct).Result;
            report = JsonDocument.Parse(health.Content.ReadAsStringAsync(Ct).Result).RootElement;
            return health.StatusCode == HttpStatusCode.ServiceUnavailable && report.GetProperty("status").GetString() == "unhealthy";
        }, "health reporting the storage stall", 15);
        Assert.Equal("writes-failing", report.GetProperty("storage").GetProperty("state").GetString());
        Assert.Contains(report.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("writes to bridge.db have failed", StringComparison.Ordinal));

        await Task.Delay(TimeSpan.FromSeconds(20) - outage.Elapsed, Ct);
        Assert.Single(graph.Sends);
        faults.FailWrites = null;

        await Webhook.EventuallyAsync(() => graph.Sends.Count == Senders + 1, "every reply after the outage, without a restart", 30);
        for (var i = 1; i <= Senders; i++)
        {
            Assert.Single(graph.SendsTo($"+491790000{i}"));
        }

        await Webhook.EventuallyAsync(
            () => JsonDocument.Parse(client.GetStringAsync(new Uri("/healthz", UriKind.Relative), Ct).Result).RootElement.GetProperty("status").GetString() == "healthy",
            "health back to healthy", 15);
        var database = factory.Services.GetRequiredService<BridgeDatabase>();
        Assert.Equal(0, database.Messages.Count(m => m.State == MessageState.DeadLetter));
        Assert.Equal(0, database.InboxDeadLetters.Count());

        // The engines abandoned during the outage hold transactions whose rollback failed; collecting them must not run
        // LiteDB's finalizer on those (it throws on the finalizer thread, which ends the process).
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    [Fact]
    public async Task Shutdown_WhileStorageWritesFail_EndsWithinFiveSeconds()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        var factory = new BridgeFactory(graph);
        try
        {
            var client = factory.CreateClient();
            factory.Services.GetRequiredService<StorageFaults>().FailWrites = () => new IOException("No space left on device");
            for (var i = 0; i < Senders; i++)
            {
                await Webhook.PostAsync(client, Webhook.Body([Webhook.Text($"491791000{i}", "during")]), Ct);
            }

            await Task.Delay(2000, Ct);
            var stopping = Stopwatch.StartNew();
            await factory.Services.GetRequiredService<IHost>().StopAsync(Ct);

            Assert.InRange(stopping.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        }
        finally
        {
            factory.Dispose();
        }
    }
}
