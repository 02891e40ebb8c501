using WhatStyle.Agent.Providers;

namespace WhatStyle.Agent.Tests.Providers;

public sealed class ProviderStatusTests
{
    [Theory]
    [InlineData(true, true, false, false)]   // needs a key, none set
    [InlineData(true, true, true, true)]
    [InlineData(true, false, false, true)]   // a local model needs none
    [InlineData(false, false, false, false)] // turned off
    public void Configured_EnabledWithTheKeyItNeeds(bool enabled, bool requiresKey, bool keySet, bool configured) =>
        Assert.Equal(configured, Status(enabled, requiresKey, keySet, skip: null).Configured);

    [Fact]
    public void Problem_SkipReasonFirst_ThenTheLastFailureSpelledForPeople_ElseNone()
    {
        var failed = ProviderHealth.Fresh with { LastFailure = new ProviderFailure("mistral", ProviderErrorKind.RateLimited, 429, null, "slow down") };

        Assert.Equal("cooling down", Status(true, false, false, "cooling down", failed).Problem);
        Assert.Equal("rate-limited", Status(true, false, false, null, failed).Problem);
        Assert.Null(Status(true, false, false, null).Problem);
    }

    private static ProviderStatus Status(bool enabled, bool requiresKey, bool keySet, string? skip, ProviderHealth? health = null) =>
        new("mistral", 1, enabled, "https://api.mistral.ai", "m", 10, requiresKey, keySet, Usable: enabled, skip, health ?? ProviderHealth.Fresh);
}
