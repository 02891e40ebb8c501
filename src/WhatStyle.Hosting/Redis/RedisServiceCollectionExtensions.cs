using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;
using WhatStyle.Hosting.Caching;

namespace WhatStyle.Hosting.Redis;

/// <summary>What a process shares with the others through Redis when <c>ConnectionStrings:Redis</c> is set (docs/scaling.md).</summary>
public static class RedisServiceCollectionExtensions
{
    public const string ConnectionStringName = "Redis";

    /// <summary>
    /// With <c>ConnectionStrings:Redis</c> set: registers <see cref="RedisConnection"/>, makes Redis HybridCache's second
    /// level and broadcasts every cache removal to the other processes. Without it, nothing changes: each process
    /// caches alone. Call after the domain's registration (<c>AddWhatStyleTools</c>), which adds HybridCache.
    /// </summary>
    /// <returns>Whether Redis is configured.</returns>
    public static bool AddWhatStyleRedis(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return false;
        }

        try
        {
            _ = ConfigurationOptions.Parse(connectionString);
        }
        catch (ArgumentException ex)
        {
            // The value itself is not quoted: it may hold a password.
            services.FailAtStart($"ConnectionStrings:{ConnectionStringName} is not a valid Redis configuration ({ex.Message}).");
            return false;
        }

        services.AddSingleton(sp => new RedisConnection(connectionString, sp.GetRequiredService<ILogger<RedisConnection>>()));
        services.AddSingleton<IDistributedCache>(sp => new TolerantDistributedCache(
            new RedisCache(Options.Create(new RedisCacheOptions
            {
                InstanceName = RedisConnection.KeyPrefix + "cache:",
                ConnectionMultiplexerFactory = () => Task.FromResult(sp.GetRequiredService<RedisConnection>().Multiplexer),
            })),
            sp.GetRequiredService<ILogger<TolerantDistributedCache>>()));
        services.AddSingleton<ICacheInvalidationBus, RedisCacheInvalidationBus>();
        DecorateHybridCache(services);
        return true;
    }

    private static void DecorateHybridCache(IServiceCollection services)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(HybridCache))
            ?? throw new InvalidOperationException("HybridCache is not registered: call AddWhatStyleTools before AddWhatStyleRedis.");
        services.Remove(registered);
        services.AddSingleton<HybridCache>(sp => new BroadcastingHybridCache(
            Create(registered, sp),
            sp.GetRequiredService<ICacheInvalidationBus>(),
            sp.GetRequiredService<ILogger<BroadcastingHybridCache>>()));
    }

    private static HybridCache Create(ServiceDescriptor registered, IServiceProvider sp) =>
        (HybridCache)(registered.ImplementationInstance
            ?? registered.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!));
}
