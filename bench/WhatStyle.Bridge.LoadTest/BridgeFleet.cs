using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.Bridge.LoadTest;

/// <summary>
/// The bridge processes under test: one to three of the same account, each with its own data directory and port. On
/// PostgreSQL they share one fresh schema (dropped at the end); webhooks are spread over them round-robin, as a load
/// balancer would.
/// </summary>
internal sealed class BridgeFleet : IAsyncDisposable
{
    /// <summary>
    /// The send limit of a scaling run (per bridge): the highest the bridge accepts (SendingOptions allows up to 10,000/s),
    /// far above what a bridge reaches here, so the replies per second measure the storage and the workers, not the bucket.
    /// </summary>
    public const string UnlimitedMessagesPerSecond = "10000";

    private readonly List<Process> _processes = [];
    private readonly List<string> _directories = [];
    private readonly List<HttpClient> _clients = [];
    private string? _schema;

    private BridgeFleet()
    {
    }

    public IReadOnlyList<Process> Processes => _processes;

    public IReadOnlyList<HttpClient> Clients => _clients;

    /// <summary>The first bridge: the personal channels' stand-in engine echoes sends to it.</summary>
    public Uri FirstUrl => _clients[0].BaseAddress!;

    /// <summary>The client a load balancer would send webhook <paramref name="i"/> to.</summary>
    public HttpClient For(int i) => _clients[i % _clients.Count];

    public static string? PostgresServer => TestPostgres.Server;

    public static async Task<BridgeFleet> StartAsync(LoadOptions options, string dll, LoadChannel channel, Uri graphUrl, Uri? engineUrl, BridgeLog log)
    {
        var fleet = new BridgeFleet();
        try
        {
            string? connectionString = null;
            if (options.OnPostgres)
            {
                (fleet._schema, connectionString) = await TestPostgres.CreateSchemaAsync(PostgresServer!, "ws_load_");
            }

            var ports = Enumerable.Range(0, options.Bridges).Select(_ => FreePort()).ToList();
            foreach (var port in ports)
            {
                var directory = Directory.CreateTempSubdirectory("whatstyle-load-").FullName;
                fleet._directories.Add(directory);
                fleet._processes.Add(Start(dll, port, channel, graphUrl, engineUrl, directory, connectionString, options.Scaling, log));
                fleet._clients.Add(new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") });
            }

            // One at a time: several bridges migrating one fresh schema at once is allowed, but a start-up measured alone is clearer in the log.
            for (var i = 0; i < fleet._clients.Count; i++)
            {
                await WaitHealthyAsync(fleet._clients[i], fleet._processes[i]);
            }

            return fleet;
        }
        catch
        {
            await fleet.DisposeAsync();
            throw;
        }
    }

    /// <summary>CPU time used by all the bridges so far.</summary>
    public TimeSpan TotalProcessorTime()
    {
        var total = TimeSpan.Zero;
        foreach (var process in _processes)
        {
            process.Refresh();
            total += process.TotalProcessorTime;
        }

        return total;
    }

    private static Process Start(string dll, int port, LoadChannel channel, Uri graphUrl, Uri? engineUrl, string dataDirectory, string? postgres, bool scaling, BridgeLog log)
    {
        var start = new ProcessStartInfo("dotnet", [dll]) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["DataDirectory"] = dataDirectory;
        channel.Configure(start, graphUrl, engineUrl);
        start.Environment["Bridge__Agent"] = Environment.GetEnvironmentVariable("LOADTEST_AGENT") ?? "echo";
        // Meta's upgraded tier (1,000 msg/s), so the reply check does not wait on the default 80/s bucket. A scaling run
        // (--bridges/--storage) lifts the limits altogether: it measures how fast replies drain, not the limiter.
        start.Environment["Bridge__MessagesPerSecond"] = scaling ? UnlimitedMessagesPerSecond : "1000";
        if (scaling)
        {
            start.Environment["Bridge__PerRecipientInterval"] = "00:00:00";
        }

        start.Environment["Bridge__BurstWindow"] = "00:00:00.500";
        // The product's default concurrency (4 chats at a time): more leaves the 2-core machine no room for the
        // acknowledgements while replies drain (measured: 16 chats gave p99 36-166 ms at a sustained 1,000/s, 4 gave 10-12 ms).
        if (Environment.GetEnvironmentVariable("LOADTEST_MAX_CHATS") is { Length: > 0 } maxChats)
        {
            start.Environment["Bridge__MaxConcurrentChats"] = maxChats;
        }

        if (postgres is not null)
        {
            start.Environment["Storage__Provider"] = "postgres";
            start.Environment["ConnectionStrings__Postgres"] = postgres;
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => log.Add(e.Data);
        process.ErrorDataReceived += (_, e) => log.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitHealthyAsync(HttpClient http, Process process)
    {
        for (var i = 0; i < 600; i++)
        {
            if (process.HasExited)
            {
                throw new StartupFailedException($"the bridge at {http.BaseAddress} exited with {process.ExitCode} while starting (its log is above)");
            }

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

        throw new StartupFailedException($"the bridge at {http.BaseAddress} did not become healthy within 60 s");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            process.Dispose();
        }

        foreach (var client in _clients)
        {
            client.Dispose();
        }

        foreach (var directory in _directories)
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

        if (_schema is not null)
        {
            await TestPostgres.DropSchemaAsync(PostgresServer!, _schema);
        }
    }
}

/// <summary>A bridge did not start: reported as one line, not a stack trace.</summary>
internal sealed class StartupFailedException(string message) : Exception(message);
