using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using WhatStyle.Hosting.Caching;

namespace WhatStyle.Hosting.Tests.Caching;

public sealed class BroadcastingHybridCacheTests
{
    [Fact]
    public async Task RemoveAsync_PublishesTheKeyWithItsOrigin()
    {
        var bus = new RecordingBus();
        using var provider = InnerCache(out var inner);
        var cache = new BroadcastingHybridCache(inner, bus, NullLogger<BroadcastingHybridCache>.Instance);

        await cache.RemoveAsync("k", TestContext.Current.CancellationToken);
        await cache.RemoveByTagAsync(["a", "b"], TestContext.Current.CancellationToken);

        Assert.Collection(
            bus.Published,
            first => Assert.Equal((cache.Origin, "k", ""), (first.Origin, string.Join(",", first.Keys), string.Join(",", first.Tags))),
            second => Assert.Equal((cache.Origin, "", "a,b"), (second.Origin, string.Join(",", second.Keys), string.Join(",", second.Tags))));
    }

    [Fact]
    public async Task RemoteInvalidation_FromAnotherOrigin_DropsTheLocalEntry()
    {
        var bus = new RecordingBus();
        using var provider = InnerCache(out var inner);
        var cache = new BroadcastingHybridCache(inner, bus, NullLogger<BroadcastingHybridCache>.Instance);
        await cache.GetOrCreateAsync("k", _ => ValueTask.FromResult(1), cancellationToken: TestContext.Current.CancellationToken);

        await bus.Deliver(new CacheInvalidation("someone else", ["k"], []));

        Assert.Equal(2, await cache.GetOrCreateAsync("k", _ => ValueTask.FromResult(2), cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RemoteInvalidation_FromItsOwnOrigin_IsIgnored()
    {
        var bus = new RecordingBus();
        using var provider = InnerCache(out var inner);
        var cache = new BroadcastingHybridCache(inner, bus, NullLogger<BroadcastingHybridCache>.Instance);
        await cache.GetOrCreateAsync("k", _ => ValueTask.FromResult(1), cancellationToken: TestContext.Current.CancellationToken);

        await bus.Deliver(new CacheInvalidation(cache.Origin, ["k"], []));

        Assert.Equal(1, await cache.GetOrCreateAsync("k", _ => ValueTask.FromResult(2), cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task MissedMessages_DropEveryLocalEntry()
    {
        var bus = new RecordingBus();
        using var provider = InnerCache(out var inner);
        var cache = new BroadcastingHybridCache(inner, bus, NullLogger<BroadcastingHybridCache>.Instance);
        await cache.GetOrCreateAsync("k", _ => ValueTask.FromResult(1), cancellationToken: TestContext.Current.CancellationToken);
        await cache.GetOrCreateAsync("tagged", _ => ValueTask.FromResult(1), tags: ["t"], cancellationToken: TestContext.Current.CancellationToken);

        await bus.Missed();

        Assert.Equal(2, await cache.GetOrCreateAsync("k", _ => ValueTask.FromResult(2), cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal(2, await cache.GetOrCreateAsync("tagged", _ => ValueTask.FromResult(2), tags: ["t"], cancellationToken: TestContext.Current.CancellationToken));
    }

    private static ServiceProvider InnerCache(out HybridCache cache)
    {
        var services = new ServiceCollection();
        services.AddHybridCache();
        var provider = services.BuildServiceProvider();
        cache = provider.GetRequiredService<HybridCache>();
        return provider;
    }

    private sealed class RecordingBus : ICacheInvalidationBus
    {
        private Func<CacheInvalidation, ValueTask>? _onRemote;
        private Func<ValueTask>? _onMissed;

        public List<CacheInvalidation> Published { get; } = [];

        public ValueTask PublishAsync(CacheInvalidation invalidation)
        {
            Published.Add(invalidation);
            return ValueTask.CompletedTask;
        }

        public void Subscribe(Func<CacheInvalidation, ValueTask> onRemoteInvalidation, Func<ValueTask> onMissedMessages)
        {
            _onRemote = onRemoteInvalidation;
            _onMissed = onMissedMessages;
        }

        public ValueTask Deliver(CacheInvalidation invalidation) => _onRemote!(invalidation);

        public ValueTask Missed() => _onMissed!();
    }
}
