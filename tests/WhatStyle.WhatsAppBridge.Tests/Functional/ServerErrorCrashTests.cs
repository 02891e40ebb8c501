using System.Collections.Concurrent;
using System.Text.Json;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>
/// Issue 13's check, in real time (about 100 s; it runs in parallel with the other long tests): the WhatsApp API
/// answers 500 for 90 s and the bridge process is SIGKILLed in the middle and restarted. Every reply must be delivered
/// exactly once, with no dead letters.
/// </summary>
public sealed class ServerErrorCrashTests
{
    private const int Senders = 30;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Send_500For90SecondsWithASigkillInTheMiddle_EveryReplyDeliveredExactlyOnceWithoutDeadLetters()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-outage-").FullName;
        var port = BridgeProcess.FreePort();
        var environment = new Dictionary<string, string>(BridgeProcess.CloudApiEnvironment(dataDirectory, graph.BaseUrl))
        {
            ["Bridge__Agent"] = "echo",
            ["Bridge__BurstWindow"] = "00:00:00.200",
            ["Bridge__PollInterval"] = "00:00:00.050",
            ["Bridge__PerRecipientInterval"] = "00:00:00",
            ["Bridge__MaxAttempts"] = "3",
            ["Bridge__RetryBaseDelay"] = "00:00:01",
            ["Bridge__MaxRetryDelay"] = "00:00:08",
            ["Bridge__UnconfirmedSendTimeout"] = "00:00:10",
        };
        graph.StatusCallbackUrl = new Uri($"http://127.0.0.1:{port}/webhook");
        graph.CallbackSecret = BridgeFactory.AppSecret;
        graph.FailFor(TimeSpan.FromSeconds(90), 500, FakeGraphApi.Error(131000, "Something went wrong"));
        var outageStarted = System.Diagnostics.Stopwatch.StartNew();

        try
        {
            var bridge = await BridgeProcess.StartAsync(port, environment, Ct);
            var accepted = new ConcurrentDictionary<string, bool>();
            var bodies = Enumerable.Range(0, Senders)
                .Select(i => ($"49172{i:D6}", Webhook.Body([Webhook.Text($"49172{i:D6}", $"message {i}")])))
                .ToList();
            var poster = MetaRedelivery.PostUntilAcceptedAsync(bridge.BaseUrl, bodies, accepted, Ct);

            await Webhook.EventuallyAsync(() => graph.OutageAnswers > 0, "sends failing with 500", 30);
            var untilKill = TimeSpan.FromSeconds(45) - outageStarted.Elapsed; // negative on a slow machine: kill at once
            if (untilKill > TimeSpan.Zero)
            {
                await Task.Delay(untilKill, Ct);
            }

            bridge.Kill();
            bridge.Dispose();
            Assert.Empty(graph.Sends);

            using var restarted = await BridgeProcess.StartAsync(port, environment, Ct);
            await poster;
            await Webhook.EventuallyAsync(() => graph.Sends.Select(s => (string?)s["to"]).Distinct().Count() == Senders, "a reply to every sender after the outage", 150);
            await Webhook.EventuallyAsync(() => restarted.IsDrained(), "inbox and outbox drained", 60);

            Assert.True(outageStarted.Elapsed >= TimeSpan.FromSeconds(90));
            Assert.All(bodies, b => Assert.Single(graph.SendsTo("+" + b.Item1)));
            using var client = new HttpClient { BaseAddress = restarted.BaseUrl };
            var deadLetters = JsonDocument.Parse(await client.GetStringAsync(new Uri("/admin/dead-letters", UriKind.Relative), Ct)).RootElement;
            Assert.Equal(0, deadLetters.GetArrayLength());
        }
        finally
        {
            graph.StatusCallbackUrl = null;
            try
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }
    }
}
