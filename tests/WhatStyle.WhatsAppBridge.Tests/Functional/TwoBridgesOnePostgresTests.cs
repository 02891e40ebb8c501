using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>
/// #18's end-to-end check: two bridge processes of one account share one PostgreSQL (Storage:Provider = postgres) and one
/// Redis (ConnectionStrings:Redis), a burst is split between them by a load balancer that retries a refused webhook on the
/// other bridge, one bridge is SIGKILLed mid-burst and restarted, every sender is answered exactly once, and the rate
/// limits hold across both bridges: the account's token bucket (Bridge:MessagesPerSecond) and the per-recipient interval.
/// Needs <c>WHATSTYLE_TEST_POSTGRES</c> and <c>WHATSTYLE_TEST_REDIS</c>.
/// </summary>
public sealed class TwoBridgesOnePostgresTests
{
    private const int Senders = 500;

    /// <summary>Senders whose webhook reaches both bridges, each acknowledging it (a load balancer retrying a slow replica).</summary>
    private const int Doubled = 20;

    /// <summary>
    /// The account's send rate. Low enough that each bridge alone replies faster than this (so two buckets of their own
    /// would send up to twice it, and the window check below fails), high enough that 500 replies take under a minute.
    /// </summary>
    private const double MessagesPerSecond = 10;

    /// <summary>The bucket's capacity, as RedisSendThrottle's script has it: one second's worth, at least one token.</summary>
    private static readonly double BurstCapacity = Math.Max(1, MessagesPerSecond);

    /// <summary>
    /// A send's token is taken before its request crosses loopback into the FakeGraphApi, where it is timed: sends taken
    /// over a window this much longer can arrive within the window on a loaded machine.
    /// </summary>
    private static readonly TimeSpan ArrivalJitter = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long the test process may stall while the bridges keep taking tokens: the sends held up then arrive
    /// together, so a window of arrivals can hold the tokens of a window this much longer. One CI run measured a stall
    /// of over a second (60 arrivals within 4 s); two buckets of their own would still break the bound by far (172
    /// arrivals in 10 s, measured with the Redis line removed, against 130).
    /// </summary>
    private static readonly TimeSpan StallAllowance = TimeSpan.FromSeconds(2);

    /// <summary>Senders who write a second message, to the other bridge, as soon as the first is answered.</summary>
    private const int Pairs = 6;

    private static readonly TimeSpan PerRecipientInterval = TimeSpan.FromSeconds(3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Burst_SplitBetweenTwoBridges_OneSigkilledAndRestarted_EveryMessageAnsweredExactlyOnce()
    {
        Assert.SkipWhen(TestPostgres.Server is null, TestPostgres.SkipReason);
        Assert.SkipWhen(TestRedis.Server is null, TestRedis.SkipReason);
        var (schema, connectionString) = await TestPostgres.CreateSchemaAsync(TestPostgres.Server!, "ws_two_bridges_");
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        var directories = new[] { Directory.CreateTempSubdirectory("whatstyle-two-a-").FullName, Directory.CreateTempSubdirectory("whatstyle-two-b-").FullName };
        var ports = new[] { BridgeProcess.FreePort(), BridgeProcess.FreePort() };
        var account = "1065" + RandomNumberGenerator.GetInt32(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        Dictionary<string, string> Environment(int bridge) => new(BridgeProcess.CloudApiEnvironment(directories[bridge], graph.BaseUrl))
        {
            ["Storage__Provider"] = "postgres",
            ["ConnectionStrings__Postgres"] = connectionString,
            // A generous timeout: on a loaded machine a timed-out call falls back to the process's own limit, which is
            // what production wants but not what this test measures.
            ["ConnectionStrings__Redis"] = TestRedis.Server + ",syncTimeout=30000,asyncTimeout=30000",
            // The limits in Redis are the account's (RateLimitScope): a number of its own keeps this run's bucket and
            // recipients apart from any other test's, or an earlier run's, on the same Redis.
            ["WhatsApp__PhoneNumberId"] = account,
            ["Bridge__Agent"] = "echo",
            ["Bridge__BurstWindow"] = "00:00:00.200",
            ["Bridge__PollInterval"] = "00:00:00.050",
            ["Bridge__PerRecipientInterval"] = PerRecipientInterval.ToString("c", CultureInfo.InvariantCulture),
            ["Bridge__MessagesPerSecond"] = MessagesPerSecond.ToString(CultureInfo.InvariantCulture),
            ["Bridge__UnconfirmedSendTimeout"] = "00:00:20",
            ["Bridge__MaxConcurrentChats"] = "8",
        };
        // Status webhooks go to bridge B, never killed: they land in the shared state whichever bridge sent the message.
        graph.StatusCallbackUrl = new Uri($"http://127.0.0.1:{ports[1]}/webhook");
        graph.CallbackSecret = BridgeFactory.AppSecret;

        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            void Log(string what) => TestContext.Current.TestOutputHelper?.WriteLine($"{clock.Elapsed.TotalSeconds:F1}s {what} (sends: {graph.Sends.Count})");
            using var bridgeA = await BridgeProcess.StartAsync(ports[0], Environment(0), Ct);
            using var bridgeB = await BridgeProcess.StartAsync(ports[1], Environment(1), Ct);
            Log("both started");
            var urls = new[] { bridgeA.BaseUrl, bridgeB.BaseUrl };
            var accepted = new ConcurrentDictionary<string, int>();
            var bodies = Enumerable.Range(0, Senders)
                .Select(i => (To: $"49173{i:D6}", Body: Webhook.Body([Webhook.Text($"49173{i:D6}", $"message {i}")])))
                .ToList();

            // The first webhooks reach both bridges and both acknowledge them: the message id is stored once, answered once.
            using (var clients = new Clients(urls))
            {
                foreach (var (to, body) in bodies.Take(Doubled))
                {
                    var answers = await Task.WhenAll(Webhook.PostAsync(clients[0], body, Ct), Webhook.PostAsync(clients[1], body, Ct));
                    Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
                    accepted[to] = 2;
                }
            }

            // The load balancer: even senders to A, odd to B; a webhook a bridge does not acknowledge goes to the other one
            // (a body A stored but never acknowledged before the kill reaches B too: the shared dedupe answers it once).
            var posters = Enumerable.Range(0, 2).Select(first => Task.Run(async () =>
            {
                using var clients = new Clients(urls);
                foreach (var (to, body) in bodies.Skip(Doubled).Where((_, i) => i % 2 == first))
                {
                    await Task.Delay(20, Ct); // A burst over a few seconds, so the kill falls in the middle of it.
                    for (var attempt = 0; !accepted.ContainsKey(to); attempt++)
                    {
                        var target = (first + attempt) % 2;
                        try
                        {
                            using var response = await Webhook.PostAsync(clients[target], body, Ct);
                            if (response.StatusCode == HttpStatusCode.OK)
                            {
                                accepted[to] = target;
                                continue;
                            }
                        }
                        catch (HttpRequestException)
                        {
                            // That bridge is down: the load balancer tries the other.
                        }

                        await Task.Delay(20, Ct);
                    }
                }
            }, Ct)).ToList();

            await Webhook.EventuallyAsync(() => accepted.Count >= Senders / 2, "half the burst accepted", 60);
            bridgeA.Kill();
            var (sentAtKill, acceptedAtKill) = (graph.Sends.Count, accepted.Count);
            Log($"bridge A killed ({acceptedAtKill} accepted)");
            bridgeA.Dispose();
            await Task.Delay(1000, Ct);
            using var restartedA = await BridgeProcess.StartAsync(ports[0], Environment(0), Ct);
            Log("bridge A restarted");
            await Task.WhenAll(posters);
            var failedOver = bodies.Skip(Doubled).Where((b, i) => i % 2 == 0 && accepted[b.To] == 1).Count();
            Log($"all accepted ({accepted.Values.Count(v => v == 0)} by A, {accepted.Values.Count(v => v == 1)} by B, {failedOver} of A's share by B after the kill)");

            // Killed again while replies are on the wire: its sends of unknown outcome wait for their status webhooks
            // (which reach B), its claimed chats are taken back when it restarts.
            var sentBefore = graph.Sends.Count;
            await Webhook.EventuallyAsync(() => graph.Sends.Count >= sentBefore + 40, "replies in flight", 60);
            restartedA.Kill();
            var sentAtSecondKill = graph.Sends.Count;
            Log("bridge A killed again");
            restartedA.Dispose();
            using var againA = await BridgeProcess.StartAsync(ports[0], Environment(0), Ct);
            Log("bridge A restarted again");

            await Webhook.EventuallyAsync(() => graph.Sends.Select(s => (string?)s["to"]).Distinct().Count() == Senders, "a reply to every sender", 120);
            Log("every sender answered");
            await Webhook.EventuallyAsync(() => againA.IsDrained() && bridgeB.IsDrained(), "both inboxes and the outbox drained", 90);
            Log("drained");

            // The per-recipient interval across bridges: each pair's first message reaches B, its second, written the
            // moment the first reply arrives, reaches A. Whichever bridge claims the chat then waits out the interval the
            // first send began; with pacers of their own, A answers at once whenever it is the one (most pairs, measured).
            var pairs = Enumerable.Range(0, Pairs).Select(i => (To: $"49174{i:D6}", First: Webhook.NewId(), Second: Webhook.NewId())).ToList();
            await Task.WhenAll(pairs.Select(pair => Task.Run(async () =>
            {
                using var clients = new Clients([againA.BaseUrl, bridgeB.BaseUrl]);
                using (var first = await Webhook.PostAsync(clients[1], Webhook.Body([Webhook.Text(pair.To, "first", pair.First)]), Ct))
                {
                    Assert.Equal(HttpStatusCode.OK, first.StatusCode);
                }

                await Webhook.EventuallyAsync(() => graph.SendsTo("+" + pair.To).Count > 0, $"the reply to {pair.To}'s first message", 60);
                using var second = await Webhook.PostAsync(clients[0], Webhook.Body([Webhook.Text(pair.To, "second", pair.Second)]), Ct);
                Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            }, Ct)));
            await Webhook.EventuallyAsync(() => pairs.All(p => graph.SendsTo("+" + p.To).Count >= 2), "the replies to the pairs' second messages", 60);
            await Webhook.EventuallyAsync(() => againA.IsDrained() && bridgeB.IsDrained(), "both drained after the pairs", 60);
            Log("pairs answered");

            Assert.True(sentAtKill < Senders && acceptedAtKill < Senders, $"the kill came after the burst ({acceptedAtKill} accepted, {sentAtKill} sent); the test proved nothing");
            Assert.True(failedOver > 0, "no webhook was retried on bridge B while A was down");
            Assert.True(sentAtSecondKill < Senders, $"the second kill came after every reply was sent ({sentAtSecondKill})");
            Assert.Equal(Senders, accepted.Count);
            Assert.True(accepted.Values.Count(v => v == 0) > 0 && accepted.Values.Count(v => v == 1) > 0, "one bridge took every webhook: the burst was not split");
            var perRecipient = graph.Sends.Where(s => !pairs.Any(p => "+" + p.To == (string?)s["to"]))
                .GroupBy(s => (string?)s["to"]).ToDictionary(g => g.Key!, g => g.Count());
            var duplicated = perRecipient.Where(p => p.Value > 1).Select(p => p.Key).ToList();
            var lost = bodies.Select(b => "+" + b.To).Where(to => !perRecipient.ContainsKey(to)).ToList();
            Assert.True(lost.Count == 0 && duplicated.Count == 0, $"lost {lost.Count}, duplicated {duplicated.Count}: {string.Join(", ", duplicated.Take(5))}");
            Assert.All(graph.Sends.GroupBy(s => (string?)s["biz_opaque_callback_data"]), g => Assert.Single(g));

            // The limits, both checked before either fails, so a failure shows what each one saw.
            var overLimits = new List<string>();

            // Each pair: one reply per message (the reply's callback data names the message it answers), the second no
            // sooner than the interval after the first, less the arrival jitter of the first.
            foreach (var (to, first, second) in pairs)
            {
                var replies = graph.TimedSends.Where(s => (string?)s.Body["to"] == "+" + to).ToList();
                var answered = replies.Select(r => (string?)r.Body["biz_opaque_callback_data"] ?? "").ToList();
                Assert.True(
                    answered.Count == 2 && answered[0].StartsWith($"reply:{first}:", StringComparison.Ordinal) && answered[1].StartsWith($"reply:{second}:", StringComparison.Ordinal),
                    $"{to} was not answered once per message, in order: {string.Join(", ", answered)}");
                var gap = replies[1].At - replies[0].At;
                Log($"pair {to}: replies {gap.TotalSeconds:F2}s apart");
                if (gap < PerRecipientInterval - ArrivalJitter)
                {
                    overLimits.Add($"{to}'s replies came {gap.TotalSeconds:F2}s apart, under the {PerRecipientInterval.TotalSeconds}s interval: the pacing is not shared");
                }
            }

            // The account's bucket: in any window of W seconds at most its capacity plus W seconds of refill went out,
            // whichever bridge sent them (two buckets of their own would send up to twice the rate).
            var times = graph.TimedSends.Select(s => s.At).Order().ToList();
            for (var window = 1; window <= 10; window++)
            {
                var most = MostWithin(times, TimeSpan.FromSeconds(window));
                var bound = BurstCapacity + (MessagesPerSecond * (window + StallAllowance.TotalSeconds));
                Log($"most sends in {window}s: {most} (bound {bound:F0})");
                if (most > bound)
                {
                    overLimits.Add($"{most} sends within {window}s, over the shared bucket's {bound:F0}: the rate limit is not shared");
                }
            }

            if (overLimits.Count > 0)
            {
                // A bridge that could not reach Redis used its own limits for a while: say so, it explains the failure.
                overLimits.AddRange(new[] { bridgeA, restartedA, againA, bridgeB }.SelectMany(b => b.Logged("Redis")));
            }

            Assert.True(overLimits.Count == 0, string.Join("\n", overLimits));
        }
        finally
        {
            graph.StatusCallbackUrl = null;
            await TestPostgres.DropSchemaAsync(TestPostgres.Server!, schema);
            foreach (var directory in directories)
            {
                try
                {
                    Directory.Delete(directory, recursive: true);
                }
                catch (IOException)
                {
                    // Best effort.
                }
            }
        }
    }

    /// <summary>The most of the sorted <paramref name="times"/> that fall within one window of <paramref name="width"/>.</summary>
    private static int MostWithin(List<TimeSpan> times, TimeSpan width)
    {
        var most = 0;
        for (int start = 0, end = 0; start < times.Count; start++)
        {
            while (end < times.Count && times[end] - times[start] <= width)
            {
                end++;
            }

            most = Math.Max(most, end - start);
        }

        return most;
    }

    /// <summary>One HTTP client per bridge.</summary>
    private sealed class Clients(Uri[] urls) : IDisposable
    {
        private readonly HttpClient[] _clients = [.. urls.Select(url => new HttpClient { BaseAddress = url })];

        public HttpClient this[int index] => _clients[index];

        public void Dispose()
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }
        }
    }
}
