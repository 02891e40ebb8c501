using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace WhatStyle.WhatsAppBridge.Tests.Support;

/// <summary>The built bridge running as a separate process (<c>dotnet WhatStyle.WhatsAppBridge.dll</c>), so a test can SIGKILL it.</summary>
internal sealed class BridgeProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _output;

    private BridgeProcess(Process process, Uri baseUrl, System.Collections.Concurrent.ConcurrentQueue<string> output)
    {
        _process = process;
        BaseUrl = baseUrl;
        _output = output;
    }

    public Uri BaseUrl { get; }

    /// <summary>The lines the process wrote so far (warnings and errors: tests start it at that level) that contain <paramref name="fragment"/>.</summary>
    public IReadOnlyList<string> Logged(string fragment) => [.. _output.Where(line => line.Contains(fragment, StringComparison.Ordinal))];

    /// <summary>
    /// What every bridge process needs: its data folder and the test's WhatsApp Cloud API account, answered at
    /// <paramref name="graphApiBaseUrl"/> (the fake Graph API, or an address nothing listens on). A test adds its own
    /// settings to a copy: <c>new Dictionary&lt;string, string&gt;(CloudApiEnvironment(…)) { ["Bridge__Agent"] = "echo" }</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> CloudApiEnvironment(string dataDirectory, Uri graphApiBaseUrl) => new Dictionary<string, string>
    {
        ["DataDirectory"] = dataDirectory,
        ["WhatsApp__AppSecret"] = BridgeFactory.AppSecret,
        ["WhatsApp__VerifyToken"] = BridgeFactory.VerifyToken,
        ["WhatsApp__AccessToken"] = FakeGraphApi.AccessToken,
        ["WhatsApp__PhoneNumberId"] = BridgeFactory.PhoneNumberId,
        ["WhatsApp__GraphApiBaseUrl"] = graphApiBaseUrl.ToString(),
    };

    /// <summary>True when the bridge's /healthz shows its inbox read to the end and nothing pending, sending or unconfirmed.</summary>
    public bool IsDrained()
    {
        using var client = new HttpClient { BaseAddress = BaseUrl };
        var report = System.Text.Json.JsonDocument.Parse(
            client.GetStringAsync(new Uri("/healthz", UriKind.Relative), TestContext.Current.CancellationToken).Result).RootElement;
        var outbox = report.GetProperty("outbox");
        return report.GetProperty("inbox").GetProperty("backlogBytes").GetInt64() == 0
            && outbox.GetProperty("pending").GetInt32() + outbox.GetProperty("sending").GetInt32() + outbox.GetProperty("unconfirmed").GetInt32() == 0;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<BridgeProcess> StartAsync(int port, IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "WhatStyle.WhatsAppBridge.dll");
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the bridge process");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Enqueue(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bridge = new BridgeProcess(process, new Uri($"http://127.0.0.1:{port}"), output);

        using var client = new HttpClient { BaseAddress = bridge.BaseUrl };
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(30))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The bridge exited with {process.ExitCode}: {string.Join('\n', output)}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return bridge;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, cancellationToken);
        }

        bridge.Kill();
        throw new TimeoutException($"The bridge did not become healthy: {string.Join('\n', output)}");
    }

    /// <summary>Runs the bridge until it exits by itself (a start-up failure); returns its exit code and what it wrote.</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunToExitAsync(int port, IReadOnlyDictionary<string, string> environment, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "WhatStyle.WhatsAppBridge.dll")])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the bridge process");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The bridge did not exit within {timeout}.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>
    /// SIGTERM, what systemd, Docker and Kubernetes send to stop a service: returns how long the bridge took to exit and
    /// its exit code, or null when it was still running after <paramref name="within"/>.
    /// </summary>
    public async Task<(TimeSpan Took, int ExitCode)?> TerminateAsync(TimeSpan within, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("could not run kill"))
        {
            await kill.WaitForExitAsync(cancellationToken);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(within);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
            return (Stopwatch.GetElapsedTime(started), _process.ExitCode);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private bool _disposed;

    /// <summary>SIGKILL: no shutdown hooks, no flushing; whatever was in flight stays in flight.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>Kills the process if it still runs; safe to call more than once.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Kill();
        _process.Dispose();
    }
}
