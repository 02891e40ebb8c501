using System.Collections.Concurrent;
using System.Net;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>Stops a real bridge process (real agent, offline responder) mid-flight, by SIGKILL or SIGTERM, and restarts it: every accepted message must get exactly one reply.</summary>
public sealed class CrashRecoveryTests
{
    private const int Senders = 40;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public Task Sigkill_WhileMessagesAreInFlight_EveryAcceptedMessageGetsExactlyOneReply() => InterruptMidBurstAsync(bridge =>
    {
        bridge.Kill();
        return Task.CompletedTask;
    });

    [Fact]
    public Task Sigterm_DuringABurst_ExitsWithin5sWithCode0_AndEveryMessageGetsExactlyOneReply() => InterruptMidBurstAsync(async bridge =>
    {
        var exit = await bridge.TerminateAsync(TimeSpan.FromSeconds(10), Ct);

        Assert.True(exit is not null, "the bridge was still running 10 s after SIGTERM");
        Assert.Equal(0, exit.Value.ExitCode);
        Assert.True(exit.Value.Took < TimeSpan.FromSeconds(5), $"the bridge took {exit.Value.Took.TotalSeconds:F1} s to stop after SIGTERM");
    });

    /// <summary>
    /// Posts a burst like Meta does (re-posting until acknowledged), stops the bridge with <paramref name="interrupt"/> while
    /// replies are in flight, restarts it, and checks that every sender got exactly one reply.
    /// </summary>
    private static async Task InterruptMidBurstAsync(Func<BridgeProcess, Task> interrupt)
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-crash-").FullName;
        var port = BridgeProcess.FreePort();
        var environment = new Dictionary<string, string>(BridgeProcess.CloudApiEnvironment(dataDirectory, graph.BaseUrl))
        {
            ["Bridge__BurstWindow"] = "00:00:00.200",
            ["Bridge__PollInterval"] = "00:00:00.050",
            ["Bridge__PerRecipientInterval"] = "00:00:00",
            ["Bridge__MessagesPerSecond"] = "150",
            ["Bridge__UnconfirmedSendTimeout"] = "00:00:20",
            ["Bridge__MaxConcurrentChats"] = "8",
        };
        graph.StatusCallbackUrl = new Uri($"http://127.0.0.1:{port}/webhook");
        graph.CallbackSecret = BridgeFactory.AppSecret;

        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            void Log(string what) => TestContext.Current.TestOutputHelper?.WriteLine($"{clock.Elapsed.TotalSeconds:F1}s {what} (sends: {graph.Sends.Count})");
            // Disposed on every path: a failing assertion must not leave a bridge process running after the test.
            using var bridge = await BridgeProcess.StartAsync(port, environment, Ct);
            Log("started");
            using var client = new HttpClient { BaseAddress = bridge.BaseUrl };
            var accepted = new ConcurrentDictionary<string, bool>();
            var bodies = Enumerable.Range(0, Senders)
                .Select(i => (To: $"49170{i:D6}", Body: Webhook.Body([Webhook.Text($"49170{i:D6}", $"message {i}")])))
                .ToList();

            // Like Meta: keep re-posting until each body is acknowledged with 200, across the crash.
            var poster = Task.Run(async () =>
            {
                foreach (var (to, body) in bodies)
                {
                    while (!accepted.ContainsKey(to))
                    {
                        try
                        {
                            using var response = await Webhook.PostAsync(client, body, Ct);
                            if (response.StatusCode == HttpStatusCode.OK)
                            {
                                accepted[to] = true;
                                continue;
                            }
                        }
                        catch (HttpRequestException)
                        {
                            // The bridge is down: Meta retries later.
                        }

                        await Task.Delay(50, Ct);
                    }

                    await Task.Delay(5, Ct);
                }
            }, Ct);

            await Webhook.EventuallyAsync(() => graph.Sends.Count >= 10, "replies in flight", 30);
            await interrupt(bridge);
            Log("stopped");
            var sentBeforeCrash = graph.Sends.Count;
            bridge.Dispose();

            using var restarted = await BridgeProcess.StartAsync(port, environment, Ct);
            Log("restarted");
            await poster;
            Log("all accepted");
            await Webhook.EventuallyAsync(() => graph.Sends.Select(s => (string?)s["to"]).Distinct().Count() == Senders, "a reply to every sender", 60);

            Log("every sender answered");

            // Drained: nothing pending, in flight or unconfirmed is left that could still produce a (duplicate) send.
            await Webhook.EventuallyAsync(() => restarted.IsDrained(), "inbox and outbox drained", 60);
            Log("drained");
            // Exactly once is per planned send: a reply is its text plus, when the tone calls for one, a sticker (its own
            // outbox item and idempotency key, sent after the text). So each sender gets exactly one text and at most one
            // sticker; a second text, or a second sticker, is a duplicate.
            var perRecipient = graph.Sends.GroupBy(s => ((string?)s["to"], (string?)s["type"])).ToDictionary(g => g.Key, g => g.Count());
            Assert.True(sentBeforeCrash < Senders, $"the crash came after all replies were sent ({sentBeforeCrash}); the test proved nothing");
            Assert.Equal(Senders, accepted.Count);
            Assert.All(bodies, b => Assert.Equal(1, perRecipient.GetValueOrDefault(("+" + b.To, "text"))));
            Assert.All(bodies, b => Assert.InRange(perRecipient.GetValueOrDefault(("+" + b.To, "sticker")), 0, 1));
            Assert.DoesNotContain(perRecipient.Keys, k => k.Item2 is not ("text" or "sticker"));
            // The same from the outbox's side: no planned send (its id travels as biz_opaque_callback_data) reached the API twice.
            Assert.All(graph.Sends.GroupBy(s => (string?)s["biz_opaque_callback_data"]), g => Assert.Single(g));
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
