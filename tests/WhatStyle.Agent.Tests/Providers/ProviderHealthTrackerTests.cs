using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.Agent.Providers;

namespace WhatStyle.Agent.Tests.Providers;

public sealed class ProviderHealthTrackerTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
    private readonly ProviderHealthTracker tracker;

    public ProviderHealthTrackerTests() =>
        tracker = new ProviderHealthTracker(new ProviderChainOptions { CooldownSeconds = 10, MaxCooldownSeconds = 35 }, time, NullLogger.Instance);

    [Fact]
    public void RecordFailure_Consecutive_DoublesCooldownUpToTheCap()
    {
        var cooldowns = new List<TimeSpan>();
        for (var i = 0; i < 4; i++)
        {
            tracker.RecordFailure(new ProviderFailure("mistral", ProviderErrorKind.ServerError, 500, null, "down"));
            cooldowns.Add(tracker.Get("mistral").CoolingDownUntil!.Value - time.GetUtcNow());
        }

        Assert.Equal([10, 20, 35, 35], cooldowns.Select(c => (int)c.TotalSeconds));
    }

    [Fact]
    public void RecordFailure_RetryAfterAboveCap_IsCapped()
    {
        tracker.RecordFailure(new ProviderFailure("mistral", ProviderErrorKind.RateLimited, 429, TimeSpan.FromHours(1), "slow down"));

        Assert.Equal(TimeSpan.FromSeconds(35), tracker.Get("mistral").CoolingDownUntil - time.GetUtcNow());
    }

    [Fact]
    public void RecordSuccess_AfterFailures_ResetsTheCount()
    {
        tracker.RecordFailure(new ProviderFailure("mistral", ProviderErrorKind.Timeout, null, null, "slow"));
        time.Advance(TimeSpan.FromSeconds(11));

        tracker.RecordSuccess("mistral");

        Assert.Equal(0, tracker.Get("mistral").ConsecutiveFailures);
        Assert.Null(tracker.UnavailableReason("mistral"));
        Assert.NotNull(tracker.Get("mistral").LastSuccessAt);
    }

    [Fact]
    public void RecordFailure_ConfigurationError_LeavesProviderAvailable()
    {
        tracker.RecordFailure(new ProviderFailure("mistral", ProviderErrorKind.ConfigurationError, 422, null, "extra_forbidden"));

        Assert.Null(tracker.UnavailableReason("mistral"));
        Assert.Equal(ProviderErrorKind.ConfigurationError, tracker.Get("mistral").LastFailure!.Kind);
    }
}
