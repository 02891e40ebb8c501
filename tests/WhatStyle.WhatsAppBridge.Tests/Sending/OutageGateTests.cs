using Microsoft.Extensions.Time.Testing;
using WhatStyle.WhatsAppBridge.Sending;

namespace WhatStyle.WhatsAppBridge.Tests.Sending;

public sealed class OutageGateTests
{
    [Fact]
    public void Failed_WhilePaused_CountsTheBurstOnce()
    {
        var time = new FakeTimeProvider();
        var gate = new OutageGate(time);

        Assert.Equal(1, gate.Failed("http429"));
        gate.PauseUntil(time.GetUtcNow().AddSeconds(60));
        Assert.Equal(1, gate.Failed("http429"));
        time.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(2, gate.Failed("http429"));
    }

    [Fact]
    public void MayStart_AfterAnOutage_PausesThenProbesOneAtATimeUntilASuccess()
    {
        var time = new FakeTimeProvider();
        var gate = new OutageGate(time);
        gate.Failed("http500");
        gate.PauseUntil(time.GetUtcNow().AddSeconds(10));

        Assert.False(gate.MayStart(0));
        Assert.Equal(TimeSpan.FromSeconds(10), gate.PausedFor());
        time.Advance(TimeSpan.FromSeconds(10));
        Assert.True(gate.MayStart(0));
        Assert.False(gate.MayStart(1));
        Assert.NotNull(gate.Failing().Since);

        gate.Succeeded();
        Assert.True(gate.MayStart(5));
        Assert.Null(gate.Failing().Since);
    }
}
