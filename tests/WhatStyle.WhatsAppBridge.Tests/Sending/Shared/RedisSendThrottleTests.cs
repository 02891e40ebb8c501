using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.Hosting.Redis;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Sending.Shared;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Sending.Shared;

/// <summary>Two connections stand for two bridge processes sending as one account through one Redis.</summary>
public sealed class RedisSendThrottleTests
{
    [Fact]
    public void TryTake_TwoBridgesOneAccount_ShareOneBucket()
    {
        using var first = TestRedis.Connect();
        using var second = TestRedis.Connect();
        var scope = Scope();
        var bridges = new[] { Throttle(first, scope), Throttle(second, scope) };
        const double rate = 5;

        var clock = Stopwatch.StartNew();
        var taken = Enumerable.Range(0, 40).Count(i => bridges[i % 2].TryTake(rate, out _));
        var refilled = clock.Elapsed.TotalSeconds * rate;

        // A bucket each would let 10 through; one shared bucket lets its 5 through, plus what refilled meanwhile.
        Assert.InRange(taken, 5, 5 + (int)Math.Ceiling(refilled));
    }

    [Fact]
    public async Task TryTake_ManyConcurrentTakes_NeverExceedTheRate()
    {
        using var first = TestRedis.Connect();
        using var second = TestRedis.Connect();
        var scope = Scope();
        var bridges = new[] { Throttle(first, scope), Throttle(second, scope) };
        const double rate = 50;

        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(() => bridges[i % 2].TryTake(rate, out _), TestContext.Current.CancellationToken)));
        var refilled = clock.Elapsed.TotalSeconds * rate;

        Assert.InRange(results.Count(taken => taken), 50, 50 + (int)Math.Ceiling(refilled));
    }

    [Fact]
    public void TryTake_BucketEmpty_SaysHowLongUntilTheNextToken()
    {
        using var redis = TestRedis.Connect();
        var throttle = Throttle(redis, Scope());
        while (throttle.TryTake(2, out _))
        {
        }

        Assert.False(throttle.TryTake(2, out var wait));
        Assert.InRange(wait, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public void TryTake_TwoAccountsOneRedis_KeepTheirOwnBuckets()
    {
        using var redis = TestRedis.Connect();
        var one = Throttle(redis, Scope());
        var other = Throttle(redis, Scope());
        redis.Multiplexer.GetDatabase().Ping();

        // One token every 4 s, holding one: one bucket shared by both accounts would let only one of them send.
        var takenByOne = Enumerable.Range(0, 5).Count(i => one.TryTake(0.25, out _));
        var takenByOther = Enumerable.Range(0, 5).Count(i => other.TryTake(0.25, out _));

        Assert.Equal(1, takenByOne);
        Assert.Equal(1, takenByOther);
    }

    [Fact]
    public void TryTake_RedisUnreachable_FallsBackToTheBridgesOwnBucket()
    {
        using var redis = TestRedis.Unreachable();
        var time = new FakeTimeProvider();
        var throttle = new RedisSendThrottle(redis, Scope(), new LocalSendThrottle(time), NullLogger<RedisSendThrottle>.Instance);

        var taken = Enumerable.Range(0, 20).Count(i => throttle.TryTake(5, out _));

        Assert.Equal(5, taken);
    }

    private static RedisSendThrottle Throttle(RedisConnection redis, RateLimitScope scope) =>
        new(redis, scope, new LocalSendThrottle(TimeProvider.System), NullLogger<RedisSendThrottle>.Instance);

    private static RateLimitScope Scope() => new($"{RedisConnection.KeyPrefix}test:{Guid.NewGuid():N}:");
}
