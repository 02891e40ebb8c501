using System.Text.Json;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using WhatStyle.Hosting.Redis;

namespace WhatStyle.Hosting.Caching;

/// <summary>
/// Cache removals over Redis pub/sub (channel <c>whatstyle:cache:invalidate</c>). Pub/sub keeps nothing for a
/// subscriber that is away, so a broken subscription reports, when it comes back, that messages may have been missed.
/// </summary>
internal sealed class RedisCacheInvalidationBus(RedisConnection redis, ILogger<RedisCacheInvalidationBus> logger) : ICacheInvalidationBus
{
    public static readonly RedisChannel Channel = RedisChannel.Literal(RedisConnection.KeyPrefix + "cache:invalidate");

    public async ValueTask PublishAsync(CacheInvalidation invalidation)
    {
        try
        {
            await redis.Multiplexer.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(invalidation));
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            // The writer's own process is already current; the others keep their copy until it expires (Storage:CacheSeconds).
            logger.LogWarning("Cache invalidation not published ({Error}); other processes keep their copies until they expire.", ex.Message);
        }
    }

    public void Subscribe(Func<CacheInvalidation, ValueTask> onRemoteInvalidation, Func<ValueTask> onMissedMessages)
    {
        var multiplexer = redis.Multiplexer;
        multiplexer.ConnectionRestored += (_, e) =>
        {
            if (e.ConnectionType == ConnectionType.Subscription)
            {
                _ = onMissedMessages().AsTask();
            }
        };
        try
        {
            Listen(multiplexer, onRemoteInvalidation);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // Redis is down now: the subscription is kept and made when the link comes up, and the ConnectionRestored handler clears memory then.
            logger.LogWarning("Not subscribed to cache invalidations yet ({Error}); retried when Redis answers.", ex.Message);
        }
    }

    private void Listen(IConnectionMultiplexer multiplexer, Func<CacheInvalidation, ValueTask> onRemoteInvalidation) =>
        multiplexer.GetSubscriber().Subscribe(Channel).OnMessage(async message =>
        {
            try
            {
                if (JsonSerializer.Deserialize<CacheInvalidation>((string)message.Message!) is { } invalidation)
                {
                    await onRemoteInvalidation(invalidation);
                }
            }
            catch (JsonException ex)
            {
                logger.LogWarning("Ignored a malformed cache invalidation on {Channel}: {Error}", Channel, ex.Message);
            }
        });
}
