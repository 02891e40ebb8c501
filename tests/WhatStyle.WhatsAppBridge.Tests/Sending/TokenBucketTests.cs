using Microsoft.Extensions.Time.Testing;
using WhatStyle.WhatsAppBridge.Sending;

namespace WhatStyle.WhatsAppBridge.Tests.Sending;

public sealed class TokenBucketTests
{
    [Fact]
    public void TryTake_BurstAboveRate_IsRefusedUntilTokensRefill()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucket(80, time);

        var taken = Enumerable.Range(0, 100).Count(i => bucket.TryTake(out _));
        Assert.Equal(80, taken);
        Assert.False(bucket.TryTake(out var wait));
        Assert.InRange(wait, TimeSpan.FromMilliseconds(12), TimeSpan.FromMilliseconds(13));

        time.Advance(TimeSpan.FromMilliseconds(100));
        Assert.Equal(8, Enumerable.Range(0, 20).Count(i => bucket.TryTake(out _)));
    }

    [Fact]
    public void RecipientPacer_BlocksOnlyThatRecipient()
    {
        var time = new FakeTimeProvider();
        var pacer = new RecipientPacer(time);

        Assert.True(pacer.TryReserve("a", TimeSpan.FromSeconds(6)));
        Assert.False(pacer.TryReserve("a", TimeSpan.FromSeconds(6)));
        pacer.Block("b", time.GetUtcNow().AddSeconds(4));

        Assert.False(pacer.IsReady("a"));
        Assert.False(pacer.IsReady("b"));
        Assert.True(pacer.IsReady("c"));
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.True(pacer.IsReady("b"));
        Assert.False(pacer.IsReady("a"));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(pacer.IsReady("a"));
    }
}
