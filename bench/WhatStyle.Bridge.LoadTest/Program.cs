using System.Diagnostics;
using System.Globalization;
using System.Net;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.Bridge.LoadTest;

/// <summary>
/// Posts signed webhooks to one to three bridge processes from this (separate) process over loopback, measures the
/// acknowledgement latency and how fast replies reach the fake API, then checks that every accepted webhook got exactly
/// one reply. Usage: <c>dotnet run -c Release --project bench/WhatStyle.Bridge.LoadTest -- [webhooks] [concurrency]
/// [bridge.dll] [--rate N] [--bridges N] [--storage litedb|postgres]</c>.
/// Without <c>--rate</c> it is a closed loop (each connection posts as soon as its previous post was acknowledged);
/// with it, webhooks are offered at N per second, as Meta delivers them, and latency counts from the scheduled time.
/// With <c>--bridges N</c> the webhooks are spread round-robin over N bridges of one account sharing one PostgreSQL.
/// </summary>
internal static class Program
{
    private static readonly LoadChannel Channel = LoadChannel.FromEnvironment();
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(60);
    private static long _firstAck;

    private const string Usage =
        "usage: WhatStyle.Bridge.LoadTest [webhooks=5000] [concurrency=32] [bridge.dll] [--rate N] [--bridges 1-3] [--storage litedb|postgres]\n" +
        "  without --rate: closed loop; with it: N webhooks/s offered (open loop).\n" +
        "  --bridges N: N bridges of one account, webhooks spread round-robin (needs --storage postgres when N > 1).\n" +
        "  --storage postgres: the bridges share a fresh schema on WHATSTYLE_TEST_POSTGRES (dropped afterwards).\n" +
        "  --bridges or --storage lift the send limit (10,000/s per bridge, the most the bridge accepts; no per-recipient interval): replies/s measures the bridge, not the limiter.\n" +
        "  LOADTEST_MAX_CHATS and LOADTEST_AGENT=agent override the bridge's concurrent chats and echo agent;\n" +
        "  LOADTEST_CHANNEL=waha|evolution posts that engine's webhooks (with a stand-in engine) instead of the Cloud API's.";

    public static async Task<int> Main(string[] args)
    {
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            Console.WriteLine(Usage);
            return 0;
        }

        var options = LoadOptions.Parse(args, out var error);
        if (options is null)
        {
            Console.Error.WriteLine($"error: {error}");
            Console.Error.WriteLine(Usage);
            return 2;
        }

        if (options.Bridges > 1 && Channel.IsPersonal)
        {
            Console.Error.WriteLine($"error: a personal-account session ({Channel.Name}) is answered by one bridge; --bridges > 1 is for the Cloud API");
            return 2;
        }

        if (options.OnPostgres && BridgeFleet.PostgresServer is null)
        {
            Console.Error.WriteLine("error: --storage postgres needs WHATSTYLE_TEST_POSTGRES, an Npgsql connection string (`eval \"$(bash .ci/services/postgres.sh start)\"` prints it)");
            return 2;
        }

        var (total, concurrency, rate) = (options.Total, options.Concurrency, options.Rate);
        var bridgeDll = options.BridgeDll ?? FindBridge();

        await using var graph = await FakeGraphApi.StartAsync(CancellationToken.None);
        await using var engine = await FakeEngine.StartAsync(CancellationToken.None);

        Func<IEnumerable<string>> sends = Channel.Name switch
        {
            "waha" => () => engine.Sends.Select(s => (string?)s.Body["chatId"] ?? ""),
            "evolution" => () => engine.Sends.Select(s => (string?)s.Body["number"] ?? ""),
            _ => () => graph.Sends.Select(s => (string?)s["to"] ?? ""),
        };
        Func<int> sendCount = Channel.IsPersonal ? () => engine.Sends.Count : () => graph.Sends.Count;
        var bridgeLog = new BridgeLog();
        BridgeFleet started;
        try
        {
            started = await BridgeFleet.StartAsync(options, bridgeDll, Channel, graph.BaseUrl, Channel.IsPersonal ? engine.BaseUrl : null, bridgeLog);
        }
        catch (StartupFailedException ex)
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return 1;
        }

        await using var fleet = started;
        if (Channel.IsPersonal)
        {
            // Like the real engines, the stand-in posts each send back as a fromMe webhook (the bridge must not answer it).
            engine.EchoUrl = new Uri(fleet.FirstUrl, Channel.Path);
            engine.EchoSigner = Channel.Name == "waha" ? LoadChannel.Sign : null;
        }

        Console.WriteLine($"{options.Bridges} bridge{(options.Bridges > 1 ? "s" : "")} on {options.Storage}; send limit {(options.Scaling ? "10,000/s (lifted)" : "1,000/s")} per bridge");
        if (Channel.IsPersonal)
        {
            // A personal account answers only chats the owner has written in: the owner's earlier message in each
            // chat, posted before and not measured.
            await RunAsync(fleet, 200, concurrency, "warmup", owner: true);
            await RunAsync(fleet, total, concurrency, "run", owner: true);
        }

        // Warm-up (JIT, connection pool), not measured and not counted.
        await RunAsync(fleet, 200, concurrency, "warmup");
        await WaitForRepliesAsync(sends, 200, "warmup");

        var latencies = new double[total];
        var cpu = new CpuMeter(fleet.TotalProcessorTime);
        await using var replyClock = new ReplyClock(sendCount);
        var repliesBefore = sendCount();
        var stopwatch = Stopwatch.StartNew();
        var failures = rate > 0
            ? await OpenLoop.RunAsync(rate, total, concurrency, (i, scheduled) => PostAsync(fleet.For(i), "run", i, latencies, scheduled))
            : await RunAsync(fleet, total, concurrency, "run", latencies);
        var elapsed = stopwatch.Elapsed;
        var postingCpu = cpu.Lap();
        var ok = total - failures;
        Array.Sort(latencies);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"channel {Channel.Name}; {(rate > 0 ? $"offered {rate:F0}/s (open loop); " : "closed loop; ")}posted {total} webhooks with {concurrency} connections in {elapsed.TotalSeconds:F2} s: {total / elapsed.TotalSeconds:F0} webhooks/s accepted; {failures} not 200"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ack latency ms: p50 {Percentile(latencies, 0.50):F2}  p90 {Percentile(latencies, 0.90):F2}  p99 {Percentile(latencies, 0.99):F2}  max {latencies[^1]:F2}"));

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cpu while posting: bridge{(options.Bridges > 1 ? "s" : "")} {postingCpu.Bridge.TotalMilliseconds / total:F2} ms/webhook, load generator {postingCpu.Self.TotalMilliseconds / total:F2} ms/webhook ({Environment.ProcessorCount} cores)"));

        var drainClock = Stopwatch.StartNew();
        var complete = await WaitForRepliesAsync(sends, ok + 200, "run");
        var repliedAfter = drainClock.Elapsed;
        var drainCpu = cpu.Lap();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"cpu while draining: bridge{(options.Bridges > 1 ? "s" : "")} {drainCpu.Bridge.TotalMilliseconds / total:F2} ms/webhook"));

        // Keep listening a little longer: a duplicate would arrive after the count was first reached.
        await Task.Delay(2000);
        var replies = sendCount() - repliesBefore;
        var replyWindow = Stopwatch.GetElapsedTime(Interlocked.Read(ref _firstAck), replyClock.LastGrowth);
        var perRecipient = sends().GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        var expected = Enumerable.Range(0, total).Select(i => Channel.Recipient(Sender("run", i))).ToList();
        var lost = expected.Count(to => !perRecipient.ContainsKey(to));
        var duplicated = perRecipient.Values.Count(c => c > 1);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"replies: {expected.Count - lost} of {expected.Count} senders answered, the last {repliedAfter.TotalSeconds:F1} s after the last ack; lost {lost}; duplicated {duplicated}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"replies sent: {replies} in {replyWindow.TotalSeconds:F2} s from the first ack to the last reply: {replies / replyWindow.TotalSeconds:F0} replies/s"));
        if (failures == 0 && lost == 0 && duplicated == 0)
        {
            return 0;
        }

        await DumpBridgeStateAsync(fleet, bridgeLog, complete);
        return 1;
    }

    private static async Task<int> RunAsync(BridgeFleet fleet, int count, int concurrency, string tag, double[]? latencies = null, bool owner = false)
    {
        var next = -1;
        var failures = 0;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                if (!await PostAsync(fleet.For(i), tag, i, latencies, Stopwatch.GetTimestamp(), owner))
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });
        await Task.WhenAll(workers);
        return failures;
    }

    /// <summary>Posts webhook <paramref name="i"/>; its latency counts from <paramref name="started"/>. True when answered 200.</summary>
    private static async Task<bool> PostAsync(HttpClient http, string tag, int i, double[]? latencies, long started, bool owner = false)
    {
        var id = owner ? $"OWNER{tag}{i}" : $"wamid.{tag}.{i}";
        var ago = owner ? TimeProvider.System.GetUtcNow().AddHours(-2).ToUnixTimeSeconds() : (long?)null;
        using var request = Channel.Request(Sender(tag, i), id, owner ? "talk later" : $"message {i} from the load test", owner, ago);
        using var response = await http.SendAsync(request);
        if (latencies is not null)
        {
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        var accepted = response.StatusCode == HttpStatusCode.OK;
        if (accepted && latencies is not null)
        {
            // Replies per second count from the run's first accepted webhook.
            Interlocked.CompareExchange(ref _firstAck, Stopwatch.GetTimestamp(), 0);
        }

        return accepted;
    }

    private static string Sender(string tag, int i) => (tag == "warmup" ? "3" : "4") + i.ToString("D9", CultureInfo.InvariantCulture);

    private static double Percentile(double[] sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <summary>
    /// Waits until <paramref name="count"/> sends arrived. Gives up only when no reply arrived for <see cref="StallLimit"/>:
    /// a fixed deadline counted slow progress on a loaded machine as lost replies.
    /// </summary>
    private static async Task<bool> WaitForRepliesAsync(Func<IEnumerable<string>> sends, int count, string what)
    {
        var lastCount = sends().Count();
        var sinceProgress = Stopwatch.StartNew();
        var sinceReport = Stopwatch.StartNew();
        while (sends().Count() < count)
        {
            var now = sends().Count();
            if (now != lastCount)
            {
                lastCount = now;
                sinceProgress.Restart();
            }
            else if (sinceProgress.Elapsed > StallLimit)
            {
                Console.WriteLine($"no {what} reply for {StallLimit.TotalSeconds:F0} s: {now}/{count} sends, giving up");
                return false;
            }

            if (sinceReport.Elapsed > TimeSpan.FromSeconds(10))
            {
                Console.Error.WriteLine($"waiting for {what} replies: {now}/{count}");
                sinceReport.Restart();
            }

            await Task.Delay(100);
        }

        return true;
    }

    /// <summary>On a failed run: what the bridge itself reports, and the tail of its log.</summary>
    private static async Task DumpBridgeStateAsync(BridgeFleet fleet, BridgeLog log, bool complete)
    {
        Console.WriteLine(complete ? "run failed; bridge state:" : "replies stalled; bridge state:");
        foreach (var (http, path) in fleet.Clients.SelectMany(c => new[] { (c, "/healthz"), (c, "/admin/dead-letters") }))
        {
            try
            {
                var text = await http.GetStringAsync(new Uri(path, UriKind.Relative));
                Console.WriteLine($"GET {http.BaseAddress}{path.TrimStart('/')}: {(text.Length > 2000 ? text[..2000] + "…" : text)}");
            }
            catch (HttpRequestException ex)
            {
                Console.WriteLine($"GET {path} failed: {ex.Message}");
            }
        }

        Console.WriteLine($"last {log.Lines.Count} lines of the bridge's log (warnings and errors):");
        foreach (var line in log.Lines)
        {
            Console.WriteLine($"  {line}");
        }
    }

    private static string FindBridge()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "WhatStyle.WhatsAppBridge", "bin", "Release", "net10.0", "WhatStyle.WhatsAppBridge.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("Build the bridge first: dotnet build -c Release src/WhatStyle.WhatsAppBridge (or pass the DLL path).");
    }
}
