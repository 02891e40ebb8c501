using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Configuration;
using WhatStyle.Hosting.Redis;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Sending.Shared;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Sending.Shared;

public sealed class RedisRecipientPacerTests
{
    [Fact]
    public void TryReserve_ByOneBridge_HoldsTheRecipientForTheOther()
    {
        using var first = TestRedis.Connect();
        using var second = TestRedis.Connect();
        var scope = Scope();
        var one = Pacer(first, scope);
        var other = Pacer(second, scope);

        Assert.True(one.TryReserve("15550001", TimeSpan.FromSeconds(30)));

        Assert.False(other.IsReady("15550001"));
        Assert.False(other.TryReserve("15550001", TimeSpan.FromSeconds(30)));
        Assert.True(other.IsReady("15550002"));
    }

    [Fact]
    public async Task TryReserve_IntervalOver_TheOtherBridgeMaySendAgain()
    {
        using var first = TestRedis.Connect();
        using var second = TestRedis.Connect();
        var scope = Scope();
        var other = Pacer(second, scope);
        Assert.True(Pacer(first, scope).TryReserve("15550006", TimeSpan.FromMilliseconds(200)));

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!other.IsReady("15550006") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }

        Assert.True(other.TryReserve("15550006", TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task TryReserve_RacedByTwoBridges_OnlyOneWins()
    {
        using var first = TestRedis.Connect();
        using var second = TestRedis.Connect();
        var scope = Scope();
        var bridges = new[] { Pacer(first, scope), Pacer(second, scope) };

        var wins = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => bridges[i % 2].TryReserve("15550003", TimeSpan.FromSeconds(10)), TestContext.Current.CancellationToken)));

        Assert.Equal(1, wins.Count(won => won));
    }

    [Fact]
    public void Block_FromOneBridge_HoldsTheOtherAndIsNeverShortened()
    {
        using var first = TestRedis.Connect();
        using var second = TestRedis.Connect();
        var scope = Scope();
        var one = Pacer(first, scope);
        var other = Pacer(second, scope);

        one.Block("15550004", DateTimeOffset.UtcNow.AddSeconds(30));
        one.Block("15550004", DateTimeOffset.UtcNow.AddMilliseconds(1));

        Assert.False(other.IsReady("15550004"));
        var left = first.Multiplexer.GetDatabase().KeyTimeToLive(scope.Recipient("15550004"));
        // Still about 30 s (less whatever a loaded machine took), not the 1 ms the second block asked for.
        Assert.InRange(left!.Value, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void TryReserve_RedisUnreachable_PacesInThisProcess()
    {
        using var redis = TestRedis.Unreachable();
        var pacer = Pacer(redis, Scope());

        Assert.True(pacer.TryReserve("15550005", TimeSpan.FromSeconds(6)));
        Assert.False(pacer.IsReady("15550005"));
        Assert.False(pacer.TryReserve("15550005", TimeSpan.FromSeconds(6)));
    }

    [Theory]
    [InlineData("cloud", "whatstyle:rate:cloud:1234:")]
    [InlineData("waha", "whatstyle:rate:waha:sales:")]
    [InlineData("evolution", "whatstyle:rate:evolution:shop:")]
    public void RateLimitScope_IsTheAccountTheBridgeSendsAs(string channel, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["WhatsApp:Channel"] = channel,
            ["WhatsApp:PhoneNumberId"] = "1234",
            ["Waha:Session"] = "sales",
            ["Evolution:Instance"] = "shop",
        }).Build();

        Assert.Equal(expected, RateLimitScope.From(configuration).KeyPrefix);
    }

    private static RedisRecipientPacer Pacer(RedisConnection redis, RateLimitScope scope) =>
        new(redis, scope, new RecipientPacer(TimeProvider.System), TimeProvider.System, NullLogger<RedisRecipientPacer>.Instance);

    private static RateLimitScope Scope() => new($"{RedisConnection.KeyPrefix}test:{Guid.NewGuid():N}:");
}
