using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace WhatStyle.Hosting.Caching;

/// <summary>
/// The second level with Redis unreachable behaves as an empty cache: a read misses, a write or removal does nothing.
/// HybridCache passes a failed removal on to its caller, so without this a contact's save would fail because Redis is
/// down. An entry a failed removal left in Redis expires after <c>Storage:CacheSeconds</c>.
/// </summary>
internal sealed class TolerantDistributedCache(IDistributedCache inner, ILogger<TolerantDistributedCache> logger) : IDistributedCache, IDisposable
{
    public byte[]? Get(string key) => Try(() => inner.Get(key), null);

    public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => TryAsync(() => inner.GetAsync(key, token), null);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => Try(() => { inner.Set(key, value, options); return true; }, false);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        TryAsync(async () => { await inner.SetAsync(key, value, options, token); return true; }, false);

    public void Refresh(string key) => Try(() => { inner.Refresh(key); return true; }, false);

    public Task RefreshAsync(string key, CancellationToken token = default) => TryAsync(async () => { await inner.RefreshAsync(key, token); return true; }, false);

    public void Remove(string key) => Try(() => { inner.Remove(key); return true; }, false);

    public Task RemoveAsync(string key, CancellationToken token = default) => TryAsync(async () => { await inner.RemoveAsync(key, token); return true; }, false);

    public void Dispose() => (inner as IDisposable)?.Dispose();

    private T Try<T>(Func<T> call, T fallback)
    {
        try
        {
            return call();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            Warn(ex);
            return fallback;
        }
    }

    private async Task<T> TryAsync<T>(Func<Task<T>> call, T fallback)
    {
        try
        {
            return await call();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            Warn(ex);
            return fallback;
        }
    }

    private void Warn(Exception ex) => logger.LogWarning("Redis cache unavailable ({Error}); reading from the store.", ex.Message);
}
