using WhatStyle.WhatsAppBridge.Health;

namespace WhatStyle.WhatsAppBridge.Tests.Health;

public sealed class HealthVerdictTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private static readonly HealthOptions Options = new();

    [Fact]
    public void Assess_NothingWrong_IsHealthyWithoutReasons()
    {
        var (status, reasons) = HealthVerdict.Assess(new HealthInputs(), Options, Now);

        Assert.Equal(HealthVerdict.Healthy, status);
        Assert.Empty(reasons);
    }

    [Fact]
    public void Assess_WhatsAppFailingLongerThanTheThreshold_IsDegradedAndSaysSo()
    {
        var shortly = HealthVerdict.Assess(new HealthInputs { WhatsAppFailingSince = Now.AddSeconds(-5), WhatsAppError = "http429" }, Options, Now);
        var (status, reasons) = HealthVerdict.Assess(new HealthInputs { WhatsAppFailingSince = Now.AddSeconds(-61), WhatsAppError = "http429" }, Options, Now);

        Assert.Equal(HealthVerdict.Healthy, shortly.Status);
        Assert.Equal(HealthVerdict.Degraded, status);
        Assert.Contains(reasons, r => r.Contains("WhatsApp API has failed for 61 s", StringComparison.Ordinal) && r.Contains("http429", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_BacklogStalled_IsDegraded()
    {
        var (status, reasons) = HealthVerdict.Assess(new HealthInputs { BacklogStalledFor = TimeSpan.FromSeconds(90) }, Options, Now);

        Assert.Equal(HealthVerdict.Degraded, status);
        Assert.Contains(reasons, r => r.Contains("has not moved for 90 s", StringComparison.Ordinal));
    }

    [Fact]
    public void Assess_EveryProviderFailing_IsDegraded()
    {
        var (status, reasons) = HealthVerdict.Assess(new HealthInputs { ProvidersFailing = "every provider is cooling down or failing" }, Options, Now);

        Assert.Equal(HealthVerdict.Degraded, status);
        Assert.Single(reasons);
    }

    [Fact]
    public void Assess_StorageWritesFailing_IsUnhealthyAndOutranksDegraded()
    {
        var (status, reasons) = HealthVerdict.Assess(new HealthInputs
        {
            StorageFailingSince = Now.AddSeconds(-12),
            StorageError = "IOException",
            BacklogStalledFor = TimeSpan.FromMinutes(2),
        }, Options, Now);

        Assert.Equal(HealthVerdict.Unhealthy, status);
        Assert.Equal(2, reasons.Count);
        Assert.StartsWith("writes to bridge.db have failed for 12 s (IOException)", reasons[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_SendingStoppedOrInboxLogFaulted_IsUnhealthy()
    {
        Assert.Equal(HealthVerdict.Unhealthy, HealthVerdict.Assess(new HealthInputs { SendingStoppedReason = "token rejected" }, Options, Now).Status);
        Assert.Equal(HealthVerdict.Unhealthy, HealthVerdict.Assess(new HealthInputs { InboxLogFaulted = true }, Options, Now).Status);
    }
}
