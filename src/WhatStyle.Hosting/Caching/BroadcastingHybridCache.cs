using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Logging;

namespace WhatStyle.Hosting.Caching;

/// <summary>
/// HybridCache whose removals reach every process. HybridCache keeps its first level in each process's memory and
/// tells no other process when an entry is removed or replaced, so another process would serve its stale copy until
/// it expires. This wrapper does what the writer's process did, then publishes the keys and tags on the
/// <see cref="ICacheInvalidationBus"/>; each other process drops them from its own memory when the message arrives.
/// </summary>
internal sealed class BroadcastingHybridCache : HybridCache
{
    /// <summary>HybridCache's wildcard tag: removing it invalidates every entry.</summary>
    public const string EveryEntryTag = "*";

    private readonly HybridCache _inner;
    private readonly ICacheInvalidationBus _bus;
    private readonly ILogger _logger;

    public BroadcastingHybridCache(HybridCache inner, ICacheInvalidationBus bus, ILogger<BroadcastingHybridCache> logger)
    {
        _inner = inner;
        _bus = bus;
        _logger = logger;
        Origin = Guid.NewGuid().ToString("N");
        _bus.Subscribe(ApplyRemoteAsync, ForgetEverythingAsync);
    }

    /// <summary>This instance's name on the bus, so it can ignore its own messages.</summary>
    public string Origin { get; }

    public override ValueTask<T> GetOrCreateAsync<TState, T>(
        string key,
        TState state,
        Func<TState, CancellationToken, ValueTask<T>> factory,
        HybridCacheEntryOptions? options = null,
        IEnumerable<string>? tags = null,
        CancellationToken cancellationToken = default) =>
        _inner.GetOrCreateAsync(key, state, factory, options, tags, cancellationToken);

    public override async ValueTask SetAsync<T>(string key, T value, HybridCacheEntryOptions? options = null, IEnumerable<string>? tags = null, CancellationToken cancellationToken = default)
    {
        await _inner.SetAsync(key, value, options, tags, cancellationToken);
        // Other processes hold the old value in memory and must drop it. HybridCache has no removal from the first level
        // alone, so their removal clears the second level too: they compute the value again (a miss, never a stale read).
        await _bus.PublishAsync(new CacheInvalidation(Origin, [key], []));
    }

    public override async ValueTask RemoveAsync(string key, CancellationToken cancellationToken = default)
    {
        await _inner.RemoveAsync(key, cancellationToken);
        await _bus.PublishAsync(new CacheInvalidation(Origin, [key], []));
    }

    public override async ValueTask RemoveAsync(IEnumerable<string> keys, CancellationToken cancellationToken = default)
    {
        var list = keys.ToArray();
        await _inner.RemoveAsync(list, cancellationToken);
        await _bus.PublishAsync(new CacheInvalidation(Origin, list, []));
    }

    public override async ValueTask RemoveByTagAsync(string tag, CancellationToken cancellationToken = default)
    {
        await _inner.RemoveByTagAsync(tag, cancellationToken);
        await _bus.PublishAsync(new CacheInvalidation(Origin, [], [tag]));
    }

    public override async ValueTask RemoveByTagAsync(IEnumerable<string> tags, CancellationToken cancellationToken = default)
    {
        var list = tags.ToArray();
        await _inner.RemoveByTagAsync(list, cancellationToken);
        await _bus.PublishAsync(new CacheInvalidation(Origin, [], list));
    }

    private async ValueTask ApplyRemoteAsync(CacheInvalidation invalidation)
    {
        if (invalidation.Origin == Origin)
        {
            return;
        }

        // The second level was already cleared by the writer; removing again here is harmless and HybridCache offers no
        // removal from the first level alone.
        if (invalidation.Keys.Length > 0)
        {
            await _inner.RemoveAsync(invalidation.Keys);
        }

        if (invalidation.Tags.Length > 0)
        {
            await _inner.RemoveByTagAsync(invalidation.Tags);
        }
    }

    private ValueTask ForgetEverythingAsync()
    {
        // Messages sent while the link was down are gone: nothing in memory can be trusted to be current.
        _logger.LogInformation("Cache invalidations may have been missed while Redis was unreachable; this process's cached entries are dropped.");
        return _inner.RemoveByTagAsync(EveryEntryTag);
    }
}
