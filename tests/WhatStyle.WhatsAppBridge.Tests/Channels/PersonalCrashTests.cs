using System.Collections.Concurrent;
using System.Net;
using System.Text;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Channels;

/// <summary>
/// A burst of 200 chats on a personal channel, the bridge process SIGKILLed while sends are in flight: the engine's
/// echoes of sends whose answer was lost confirm them after the restart, so nothing is lost and nothing sent twice.
/// </summary>
public sealed class PersonalCrashTests
{
    private const int Senders = 200;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Channels => new() { "waha", "evolution" };

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task Sigkill_BetweenSendsAndTheirConfirmation_LosesNothingAndDuplicatesNothing(string channel)
    {
        await using var engine = await FakeEngine.StartAsync(Ct);
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-personal-crash-").FullName;
        var port = BridgeProcess.FreePort();
        var environment = PersonalWebhook.Settings(channel, engine, new Dictionary<string, string?>
        {
            ["DataDirectory"] = dataDirectory,
            ["Bridge:Agent"] = "echo",
            ["Bridge:BurstWindow"] = "00:00:00.200",
            ["Bridge:PollInterval"] = "00:00:00.050",
            ["Bridge:PerRecipientInterval"] = "00:00:00",
            ["Bridge:PersonalMessagesPerMinute"] = "6000",
            ["Bridge:UnconfirmedSendTimeout"] = "00:00:20",
            ["Bridge:MaxConcurrentChats"] = "8",
        }).ToDictionary(p => p.Key.Replace(":", "__", StringComparison.Ordinal), p => p.Value ?? "");
        engine.EchoUrl = new Uri($"http://127.0.0.1:{port}{PersonalWebhook.Path(channel)}");
        engine.EchoSigner = channel == "waha" ? PersonalWebhook.Sign : null;
        var numbers = Enumerable.Range(0, Senders).Select(i => $"49171{i:D6}").ToList();

        try
        {
            var bridge = await BridgeProcess.StartAsync(port, environment, Ct);
            using var client = new HttpClient { BaseAddress = bridge.BaseUrl };
            var old = Webhook.Now(TimeSpan.FromHours(2));
            var bodies = numbers.SelectMany(n => new[]
            {
                (Key: "owner:" + n, Body: Encoding.UTF8.GetBytes(PersonalWebhook.Text(channel, n, "talk later", fromMe: true, timestamp: old).ToJsonString())),
                (Key: n, Body: Encoding.UTF8.GetBytes(PersonalWebhook.Text(channel, n, $"message for {n}").ToJsonString())),
            }).ToList();
            var accepted = new ConcurrentDictionary<string, bool>();

            // Like the engines: keep re-posting until each body is acknowledged with 200, across the crash.
            var poster = Task.Run(async () =>
            {
                foreach (var (key, body) in bodies)
                {
                    while (!accepted.ContainsKey(key))
                    {
                        try
                        {
                            using var response = await PersonalWebhook.PostAsync(client, channel, body, sign: true, Ct);
                            if (response.StatusCode == HttpStatusCode.OK)
                            {
                                accepted[key] = true;
                                continue;
                            }
                        }
                        catch (HttpRequestException)
                        {
                            // The bridge is down: the engine retries later.
                        }

                        await Task.Delay(50, Ct);
                    }
                }
            }, Ct);

            await Webhook.EventuallyAsync(() => engine.Sends.Count >= 20, "replies in flight", 60);
            bridge.Kill();
            var sentBeforeCrash = engine.Sends.Count;
            bridge.Dispose();

            using var restarted = await BridgeProcess.StartAsync(port, environment, Ct);
            await poster;
            await Webhook.EventuallyAsync(() => Recipients(engine, channel).Distinct().Count() == Senders, "a reply in every chat", 120);
            await Webhook.EventuallyAsync(() => restarted.IsDrained(), "inbox and outbox drained", 60);
            await Task.Delay(1000, Ct);

            var perChat = Recipients(engine, channel).GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
            Assert.True(sentBeforeCrash < Senders, $"the crash came after all replies were sent ({sentBeforeCrash}); the test proved nothing");
            Assert.Equal(bodies.Count, accepted.Count);
            Assert.All(numbers, n => Assert.Equal(1, perChat.GetValueOrDefault(PersonalWebhook.Chat(channel, n))));
        }
        finally
        {
            engine.EchoUrl = null;
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

    private static IEnumerable<string> Recipients(FakeEngine engine, string channel) =>
        engine.Sends.Select(s => (channel == "waha" ? (string?)s.Body["chatId"] : (string?)s.Body["number"]) ?? "");
}
