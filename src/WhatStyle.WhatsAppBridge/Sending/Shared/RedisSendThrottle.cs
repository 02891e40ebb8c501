using StackExchange.Redis;
using WhatStyle.Hosting.Redis;

namespace WhatStyle.WhatsAppBridge.Sending.Shared;

/// <summary>
/// The account's token bucket in Redis, shared by every bridge sending as that account: one Lua script refills and
/// takes atomically on Redis's own clock, so processes on different machines agree on time. With Redis unreachable
/// the bridge falls back to its own bucket (each process then sends at the full rate: the limit is per process until
/// Redis answers again).
/// </summary>
internal sealed class RedisSendThrottle(RedisConnection redis, RateLimitScope scope, ISendThrottle fallback, ILogger<RedisSendThrottle> logger) : ISendThrottle
{
    // KEYS[1] the bucket (hash: tokens, ts in ms); ARGV[1] tokens per second. Holds at most one second's worth (at
    // least one token), like the in-process TokenBucket. Returns {taken (0/1), wait in ms}.
    private const string Script = """
        local rate = tonumber(ARGV[1])
        local capacity = math.max(1, rate)
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
        local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
        local tokens = tonumber(state[1]) or capacity
        local ts = tonumber(state[2]) or now
        tokens = math.min(capacity, tokens + math.max(0, now - ts) / 1000 * rate)
        local taken = 0
        local wait = 0
        if tokens >= 1 then
          tokens = tokens - 1
          taken = 1
        else
          wait = math.ceil((1 - tokens) / rate * 1000)
        end
        redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
        redis.call('PEXPIRE', KEYS[1], math.ceil(capacity / rate * 1000) + 1000)
        return {taken, wait}
        """;

    private readonly SharedLimitHealth _health = new(logger, "send rate");

    public bool TryTake(double ratePerSecond, out TimeSpan wait)
    {
        try
        {
            var result = (RedisResult[])redis.Multiplexer.GetDatabase().ScriptEvaluate(Script, [scope.Bucket], [ratePerSecond])!;
            _health.Answered();
            wait = TimeSpan.FromMilliseconds((long)result[1]);
            return (long)result[0] == 1;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            _health.Failed(ex);
            return fallback.TryTake(ratePerSecond, out wait);
        }
    }
}
