using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.Bridge.LoadTest;

/// <summary>
/// Posts signed webhooks to a bridge process from this (second) process over loopback, measures the acknowledgement
/// latency, then checks that every accepted webhook got exactly one reply at the fake Graph API.
/// Usage: <c>dotnet run -c Release --project bench/WhatStyle.Bridge.LoadTest -- [webhooks] [concurrency] [bridge.dll] [--rate N]</c>.
/// Without <c>--rate</c> it is a closed loop (each connection posts as soon as its previous post was acknowledged);
/// with it, webhooks are offered at N per second, as Meta delivers them, and latency counts from the scheduled time.
/// </summary>
internal static class Program
{
    private static readonly LoadChannel Channel = LoadChannel.FromEnvironment();
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(60);

    private const string Usage =
        "usage: WhatStyle.Bridge.LoadTest [webhooks=5000] [concurrency=32] [bridge.dll] [--rate N]\n" +
        "  without --rate: closed loop; with it: N webhooks/s offered (open loop).\n" +
        "  LOADTEST_MAX_CHATS and LOADTEST_AGENT=agent override the bridge's concurrent chats and echo agent;\n" +
        "  LOADTEST_CHANNEL=waha|evolution posts that engine's webhooks (with a stand-in engine) instead of the Cloud API's.";

    public static async Task<int> Main(string[] args)
    {
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            Console.WriteLine(Usage);
            return 0;
        }

        if (!ArgumentsAreValid(args))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        var rateAt = Array.IndexOf(args, "--rate");
        var rate = rateAt >= 0 ? double.Parse(args[rateAt + 1], CultureInfo.InvariantCulture) : 0;
        var positional = rateAt >= 0 ? [.. args[..rateAt], .. args[(rateAt + 2)..]] : args;
        var total = positional.Length > 0 ? int.Parse(positional[0], CultureInfo.InvariantCulture) : 5000;
        var concurrency = positional.Length > 1 ? int.Parse(positional[1], CultureInfo.InvariantCulture) : 32;
        var bridgeDll = positional.Length > 2 ? positional[2] : FindBridge();
        var dataDirectory = Directory.CreateTempSubdirectory("whatstyle-load-").FullName;
        var port = FreePort();

        await using var graph = await FakeGraphApi.StartAsync(CancellationToken.None);
        await using var engine = await FakeEngine.StartAsync(CancellationToken.None);
        if (Channel.IsPersonal)
        {
            // Like the real engines, the stand-in posts each send back as a fromMe webhook (the bridge must not answer it).
            engine.EchoUrl = new Uri($"http://127.0.0.1:{port}{Channel.Path}");
            engine.EchoSigner = Channel.Name == "waha" ? LoadChannel.Sign : null;
        }

        Func<IEnumerable<string>> sends = Channel.Name switch
        {
            "waha" => () => engine.Sends.Select(s => (string?)s.Body["chatId"] ?? ""),
            "evolution" => () => engine.Sends.Select(s => (string?)s.Body["number"] ?? ""),
            _ => () => graph.Sends.Select(s => (string?)s["to"] ?? ""),
        };
        var bridgeLog = new BridgeLog();
        using var bridge = StartBridge(bridgeDll, port, graph.BaseUrl, Channel.IsPersonal ? engine.BaseUrl : null, dataDirectory, bridgeLog);
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await WaitHealthyAsync(http);

            if (Channel.IsPersonal)
            {
                // A personal account answers only chats the owner has written in: the owner's earlier message in each
                // chat, posted before and not measured.
                await RunAsync(http, 200, concurrency, "warmup", owner: true);
                await RunAsync(http, total, concurrency, "run", owner: true);
            }

            // Warm-up (JIT, connection pool), not measured and not counted.
            await RunAsync(http, 200, concurrency, "warmup");
            await WaitForRepliesAsync(sends, 200, "warmup");

            var latencies = new double[total];
            var cpu = new CpuMeter(bridge);
            var stopwatch = Stopwatch.StartNew();
            var failures = rate > 0
                ? await OpenLoop.RunAsync(rate, total, concurrency, (i, scheduled) => PostAsync(http, "run", i, latencies, scheduled))
                : await RunAsync(http, total, concurrency, "run", latencies);
            var elapsed = stopwatch.Elapsed;
            var postingCpu = cpu.Lap();
            var ok = total - failures;
            Array.Sort(latencies);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"channel {Channel.Name}; {(rate > 0 ? $"offered {rate:F0}/s (open loop); " : "closed loop; ")}posted {total} webhooks with {concurrency} connections in {elapsed.TotalSeconds:F2} s: {total / elapsed.TotalSeconds:F0} webhooks/s accepted; {failures} not 200"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ack latency ms: p50 {Percentile(latencies, 0.50):F2}  p90 {Percentile(latencies, 0.90):F2}  p99 {Percentile(latencies, 0.99):F2}  max {latencies[^1]:F2}"));

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cpu while posting: bridge {postingCpu.Bridge.TotalMilliseconds / total:F2} ms/webhook, load generator {postingCpu.Self.TotalMilliseconds / total:F2} ms/webhook ({Environment.ProcessorCount} cores)"));

            var replyClock = Stopwatch.StartNew();
            var complete = await WaitForRepliesAsync(sends, ok + 200, "run");
            var repliedAfter = replyClock.Elapsed;
            var drainCpu = cpu.Lap();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"cpu while draining: bridge {drainCpu.Bridge.TotalMilliseconds / total:F2} ms/webhook"));

            // Keep listening a little longer: a duplicate would arrive after the count was first reached.
            await Task.Delay(2000);
            var perRecipient = sends().GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
            var expected = Enumerable.Range(0, total).Select(i => Channel.Recipient(Sender("run", i))).ToList();
            var lost = expected.Count(to => !perRecipient.ContainsKey(to));
            var duplicated = perRecipient.Values.Count(c => c > 1);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"replies: {expected.Count - lost} of {expected.Count} senders answered, the last {repliedAfter.TotalSeconds:F1} s after the last ack; lost {lost}; duplicated {duplicated}"));
            if (failures == 0 && lost == 0 && duplicated == 0)
            {
                return 0;
            }

            await DumpBridgeStateAsync(http, bridgeLog, complete);
            return 1;
        }
        finally
        {
            bridge.Kill(entireProcessTree: true);
            await bridge.WaitForExitAsync();
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

    private static async Task<int> RunAsync(HttpClient http, int count, int concurrency, string tag, double[]? latencies = null, bool owner = false)
    {
        var next = -1;
        var failures = 0;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                if (!await PostAsync(http, tag, i, latencies, Stopwatch.GetTimestamp(), owner))
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

        return response.StatusCode == HttpStatusCode.OK;
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
    private static async Task DumpBridgeStateAsync(HttpClient http, BridgeLog log, bool complete)
    {
        Console.WriteLine(complete ? "run failed; bridge state:" : "replies stalled; bridge state:");
        foreach (var path in new[] { "/healthz", "/admin/dead-letters" })
        {
            try
            {
                var text = await http.GetStringAsync(new Uri(path, UriKind.Relative));
                Console.WriteLine($"GET {path}: {(text.Length > 2000 ? text[..2000] + "…" : text)}");
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

    private static async Task WaitHealthyAsync(HttpClient http)
    {
        for (var i = 0; i < 600; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Still starting.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("the bridge did not start");
    }

    private static Process StartBridge(string dll, int port, Uri graphUrl, Uri? engineUrl, string dataDirectory, BridgeLog log)
    {
        var start = new ProcessStartInfo("dotnet", [dll]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DataDirectory"] = dataDirectory;
        Channel.Configure(start, graphUrl, engineUrl);
        start.Environment["Bridge__Agent"] = Environment.GetEnvironmentVariable("LOADTEST_AGENT") ?? "echo";
        // Meta's upgraded tier (1,000 msg/s), so the reply check does not wait on the default 80/s bucket.
        start.Environment["Bridge__MessagesPerSecond"] = "1000";
        start.Environment["Bridge__BurstWindow"] = "00:00:00.500";
        // The product's default concurrency (4 chats at a time): more leaves the 2-core machine no room for the
        // acknowledgements while replies drain (measured: 16 chats gave p99 36-166 ms at a sustained 1,000/s, 4 gave 10-12 ms).
        if (Environment.GetEnvironmentVariable("LOADTEST_MAX_CHATS") is { Length: > 0 } maxChats)
        {
            start.Environment["Bridge__MaxConcurrentChats"] = maxChats;
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => log.Add(e.Data);
        process.ErrorDataReceived += (_, e) => log.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Counts and rate must be positive numbers; anything else gets the usage, not a FormatException.</summary>
    private static bool ArgumentsAreValid(string[] args)
    {
        var rateAt = Array.IndexOf(args, "--rate");
        if (rateAt >= 0 && (rateAt + 1 >= args.Length || !double.TryParse(args[rateAt + 1], NumberStyles.Float, CultureInfo.InvariantCulture, out var rate) || rate <= 0))
        {
            return false;
        }

        string[] positional = rateAt >= 0 ? [.. args[..rateAt], .. args[(rateAt + 2)..]] : args;
        return positional.Take(2).All(a => int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0);
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
