using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace WhatStyle.Hosting.Redis;

/// <summary>
/// The process's one connection to Redis (<c>ConnectionStrings:Redis</c>), shared by the cache's second level, cache
/// invalidation and the shared rate limits. It never stops a process from starting: with Redis down the multiplexer
/// keeps reconnecting in the background and each user falls back as its own docs say.
/// </summary>
public sealed class RedisConnection : IDisposable
{
    /// <summary>Every key and channel WhatStyle writes starts with this, so one Redis can serve other tenants too.</summary>
    public const string KeyPrefix = "whatstyle:";

    private readonly Lazy<IConnectionMultiplexer> _multiplexer;

    public RedisConnection(string connectionString, ILogger<RedisConnection> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var options = ConfigurationOptions.Parse(connectionString);
        // Start even when Redis is not up yet; the multiplexer connects when it comes.
        options.AbortOnConnectFail = false;
        // With Redis down a command fails at once instead of queueing until a timeout: a cache read falls back to the
        // store and a rate limit to the process's own, rather than stalling every caller for seconds.
        options.BacklogPolicy = BacklogPolicy.FailFast;
        _multiplexer = new Lazy<IConnectionMultiplexer>(() =>
        {
            var multiplexer = ConnectionMultiplexer.Connect(options);
            multiplexer.ConnectionFailed += (_, e) => logger.LogWarning("Redis connection lost ({FailureType}); reconnecting.", e.FailureType);
            multiplexer.ConnectionRestored += (_, _) => logger.LogInformation("Redis connection restored.");
            return multiplexer;
        });
    }

    public IConnectionMultiplexer Multiplexer => _multiplexer.Value;

    public void Dispose()
    {
        if (_multiplexer.IsValueCreated)
        {
            _multiplexer.Value.Dispose();
        }
    }
}
