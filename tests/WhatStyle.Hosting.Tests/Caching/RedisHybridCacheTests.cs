using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Hosting.Caching;
using WhatStyle.Hosting.Redis;
using WhatStyle.Hosting.Tests.Support;

namespace WhatStyle.Hosting.Tests.Caching;

/// <summary>Two service providers stand for two processes sharing one Redis.</summary>
public sealed class RedisHybridCacheTests
{
    private static readonly HybridCacheEntryOptions Long = new() { Expiration = TimeSpan.FromMinutes(5), LocalCacheExpiration = TimeSpan.FromMinutes(5) };

    [Fact]
    public async Task GetOrCreateAsync_ValueCachedByAnotherProcess_ComesFromRedis()
    {
        using var first = Process(Shared());
        using var second = Process(Shared());
        var key = Key();

        await Cache(first).GetOrCreateAsync(key, _ => ValueTask.FromResult("from the first"), Long, cancellationToken: TestContext.Current.CancellationToken);
        var seen = await Cache(second).GetOrCreateAsync(key, _ => ValueTask.FromResult("computed again"), Long, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal("from the first", seen);
    }

    [Fact]
    public async Task RemoveAsync_InOneProcess_DropsTheOtherProcessesInMemoryCopy()
    {
        using var first = Process(Shared());
        using var second = Process(Shared());
        var key = Key();
        await Cache(first).GetOrCreateAsync(key, _ => ValueTask.FromResult("old"), Long, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal("old", await Cache(second).GetOrCreateAsync(key, _ => ValueTask.FromResult("new"), Long, cancellationToken: TestContext.Current.CancellationToken));

        await Cache(first).RemoveAsync(key, TestContext.Current.CancellationToken);

        var seen = await Eventually.WaitForAsync(
            async () => await Cache(second).GetOrCreateAsync(key, _ => ValueTask.FromResult("new"), Long),
            value => value == "new");
        Assert.Equal("new", seen);
    }

    [Fact]
    public async Task RemoveByTagAsync_InOneProcess_DropsTheTaggedEntriesOfTheOther()
    {
        using var first = Process(Shared());
        using var second = Process(Shared());
        var key = Key();
        var tag = "tag-" + key;
        await Cache(second).GetOrCreateAsync(key, _ => ValueTask.FromResult("old"), Long, [tag], TestContext.Current.CancellationToken);

        await Cache(first).RemoveByTagAsync(tag, TestContext.Current.CancellationToken);

        var seen = await Eventually.WaitForAsync(
            async () => await Cache(second).GetOrCreateAsync(key, _ => ValueTask.FromResult("new"), Long, [tag]),
            value => value == "new");
        Assert.Equal("new", seen);
    }

    [Fact]
    public async Task SetAsync_InOneProcess_TheOtherNoLongerReadsTheOldValue()
    {
        using var first = Process(Shared());
        using var second = Process(Shared());
        var key = Key();
        await Cache(second).GetOrCreateAsync(key, _ => ValueTask.FromResult("old"), Long, cancellationToken: TestContext.Current.CancellationToken);

        await Cache(first).SetAsync(key, "set by the first", Long, cancellationToken: TestContext.Current.CancellationToken);

        var seen = await Eventually.WaitForAsync(
            async () => await Cache(second).GetOrCreateAsync(key, _ => ValueTask.FromResult("computed"), Long),
            value => value != "old");
        // The new value, or the value computed again after the other process's removal cleared Redis too.
        Assert.Contains(seen, new[] { "set by the first", "computed" });
    }

    [Fact]
    public async Task GetOrCreateAsync_RedisUnreachable_FallsBackToTheFactoryWithoutThrowing()
    {
        // Port 1 on loopback: nothing listens, so every Redis call fails at once.
        using var process = Process("127.0.0.1:1,connectTimeout=200");
        var cache = Cache(process);
        var key = Key();

        var value = await cache.GetOrCreateAsync(key, _ => ValueTask.FromResult("from the store"), Long, cancellationToken: TestContext.Current.CancellationToken);
        await cache.RemoveAsync(key, TestContext.Current.CancellationToken);
        await cache.RemoveByTagAsync("any", TestContext.Current.CancellationToken);

        Assert.Equal("from the store", value);
    }

    [Fact]
    public void AddWhatStyleRedis_NoConnectionString_LeavesTheProcessCachingAlone()
    {
        var services = new ServiceCollection().AddLogging();
        services.AddHybridCache();

        var configured = services.AddWhatStyleRedis(new ConfigurationBuilder().Build());

        using var provider = services.BuildServiceProvider();
        Assert.False(configured);
        Assert.IsNotType<BroadcastingHybridCache>(provider.GetRequiredService<HybridCache>());
        Assert.Null(provider.GetService<RedisConnection>());
    }

    internal static ServiceProvider Process(string redis)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis })
            .Build();
        var services = new ServiceCollection().AddLogging();
        services.AddHybridCache();
        Assert.True(services.AddWhatStyleRedis(configuration));
        return services.BuildServiceProvider();
    }

    // Generous timeouts: on a loaded machine a timed-out call reads as a miss, which is right in production but not what
    // these tests look at.
    private static string Shared() => TestServers.Redis() + ",syncTimeout=30000,asyncTimeout=30000";

    private static HybridCache Cache(IServiceProvider process) => process.GetRequiredService<HybridCache>();

    private static string Key() => "test:" + Guid.NewGuid().ToString("N");
}
