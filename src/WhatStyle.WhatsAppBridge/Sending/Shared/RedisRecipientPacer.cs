using StackExchange.Redis;
using WhatStyle.Hosting.Redis;

namespace WhatStyle.WhatsAppBridge.Sending.Shared;

/// <summary>
/// The pair rate in Redis, shared by every bridge sending as the account: a recipient's key exists while the recipient
/// must wait, and expires (on Redis's clock) when the next message may go. Reserving is <c>SET NX PX</c>, one atomic
/// check-and-set. With Redis unreachable the bridge falls back to its own pacer, and WhatStyle's 131056 backoff covers an
/// early message.
/// </summary>
internal sealed class RedisRecipientPacer(RedisConnection redis, RateLimitScope scope, IRecipientPacer fallback, TimeProvider time, ILogger<RedisRecipientPacer> logger) : IRecipientPacer
{
    // KEYS[1] the recipient; ARGV[1] the block in ms. Lengthens the wait, never shortens it.
    private const string BlockScript = """
        local left = redis.call('PTTL', KEYS[1])
        if left < tonumber(ARGV[1]) then
          redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
        end
        return 0
        """;

    private readonly SharedLimitHealth _health = new(logger, "recipient pacing");

    public bool IsReady(string recipient)
    {
        try
        {
            var waiting = redis.Multiplexer.GetDatabase().KeyExists(scope.Recipient(recipient));
            _health.Answered();
            return !waiting && fallback.IsReady(recipient);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            _health.Failed(ex);
            return fallback.IsReady(recipient);
        }
    }

    public bool TryReserve(string recipient, TimeSpan interval)
    {
        if (interval <= TimeSpan.Zero)
        {
            return fallback.TryReserve(recipient, interval);
        }

        try
        {
            var reserved = redis.Multiplexer.GetDatabase().StringSet(scope.Recipient(recipient), "1", interval, When.NotExists);
            _health.Answered();
            if (reserved)
            {
                // Kept locally too, so the bridge still paces this recipient if Redis goes away.
                fallback.Block(recipient, time.GetUtcNow() + interval);
            }

            return reserved;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            _health.Failed(ex);
            return fallback.TryReserve(recipient, interval);
        }
    }

    public void Block(string recipient, DateTimeOffset until)
    {
        fallback.Block(recipient, until);
        var milliseconds = (long)Math.Ceiling((until - time.GetUtcNow()).TotalMilliseconds);
        if (milliseconds <= 0)
        {
            return;
        }

        try
        {
            redis.Multiplexer.GetDatabase().ScriptEvaluate(BlockScript, [scope.Recipient(recipient)], [milliseconds]);
            _health.Answered();
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            _health.Failed(ex);
        }
    }
}
