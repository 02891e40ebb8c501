using WhatStyle.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using WhatStyle.Tools.Storage;

namespace WhatStyle.WhatsAppBridge.Hosting;

/// <summary>
/// This bridge's claim on its data directory: the exclusive <see cref="BridgeFiles.LockFile"/>, taken before bridge.db
/// or the inbox log is opened and held until the process ends, so a second bridge (or the CLI) never opens them beside
/// it. Once the server listens, publishes the admin address for <c>whatstyle deadletters</c> (<see cref="BridgeLockFile"/>).
/// </summary>
internal sealed class BridgeInstance : IHostedService, IDisposable
{
    /// <summary>How long start-up waits for the lock: the CLI holds it for the moment it takes to read bridge.db.</summary>
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(10);

    private readonly BridgeLockFile _lock;
    private readonly IServer _server;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<BridgeInstance> _logger;

    public BridgeInstance(string dataDirectory, IServer server, IHostApplicationLifetime lifetime, ILogger<BridgeInstance> logger)
    {
        _server = server;
        _lifetime = lifetime;
        _logger = logger;
        var deadline = DateTime.UtcNow + LockWait;
        BridgeLockFile? held;
        while ((held = BridgeLockFile.TryAcquire(dataDirectory)) is null && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(200);
        }

        _lock = held ?? throw new HostStartupException(
            $"Another WhatsApp bridge (or `whatstyle deadletters` reading) holds {Path.Combine(dataDirectory, BridgeFiles.LockFile)}: " +
            "only one bridge may use a data directory. Stop it, or give this one its own DataDirectory.");
        _lock.WithdrawAdminUrl(); // Left by a bridge that crashed: not this one's address (yet).
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _lifetime.ApplicationStarted.Register(Publish);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _lock.WithdrawAdminUrl();
        return Task.CompletedTask;
    }

    public void Dispose() => _lock.Dispose();

    private void Publish()
    {
        var addresses = _server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        if (AdminUrl(addresses) is not { } url)
        {
            return; // In-memory test server: no address to publish.
        }

        try
        {
            _lock.PublishAdminUrl(url);
        }
        catch (IOException ex)
        {
            _logger.LogWarning("Could not publish the admin address ({Error}); `whatstyle deadletters` needs --bridge-url.", ex.GetType().Name);
        }
    }

    /// <summary>The address to reach the admin endpoint from this machine: http before https, wildcards as loopback.</summary>
    internal static Uri? AdminUrl(IEnumerable<string> addresses)
    {
        var urls = addresses
            .Select(a => a.Replace("://+:", "://127.0.0.1:", StringComparison.Ordinal).Replace("://*:", "://127.0.0.1:", StringComparison.Ordinal))
            .Select(a => Uri.TryCreate(a, UriKind.Absolute, out var u) ? u : null)
            .OfType<Uri>()
            .Select(u => u.Host is "0.0.0.0" ? new UriBuilder(u) { Host = "127.0.0.1" }.Uri : u.Host is "[::]" ? new UriBuilder(u) { Host = "[::1]" }.Uri : u)
            .ToList();
        return urls.FirstOrDefault(u => u.Scheme == "http" && u.IsLoopback) ?? urls.FirstOrDefault(u => u.Scheme == "http") ?? urls.FirstOrDefault();
    }
}
