using Microsoft.Extensions.AI;
using WhatStyle.Agent.Providers;
using WhatStyle.Agent.Tests.Fakes;

namespace WhatStyle.Agent.Tests.Providers;

/// <summary>How failures change a provider's health: cooldowns, Retry-After, disabling, timeouts.</summary>
public sealed class ProviderFailoverHealthTests
{
    [Fact]
    public async Task GetResponseAsync_RateLimitedWithRetryAfter_SkipsProviderUntilRetryAfterPasses()
    {
        await using var harness = await ProviderChainHarness.StartAsync();
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.RateLimited(retryAfterSeconds: 40));

        var first = await harness.AskAsync();
        harness.Time!.Advance(TimeSpan.FromSeconds(39));
        var during = await harness.AskAsync();
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        var after = await harness.AskAsync();

        Assert.Equal(ProviderNames.OpenAI, ProviderResponseInfo.From(first)!.Provider);
        Assert.Equal(ProviderNames.OpenAI, ProviderResponseInfo.From(during)!.Provider);
        Assert.True(ProviderResponseInfo.From(during)!.Fallback);
        Assert.Equal(ProviderNames.Mistral, ProviderResponseInfo.From(after)!.Provider);
        Assert.Equal(2, harness.Server.Mistral.CallCount);
    }

    [Fact]
    public async Task GetResponseAsync_ServerErrorWithoutRetryAfter_CoolsDownForConfiguredSeconds()
    {
        await using var harness = await ProviderChainHarness.StartAsync(true, ("Providers:CooldownSeconds", "10"));
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.ServerError());

        await harness.AskAsync();
        harness.Time!.Advance(TimeSpan.FromSeconds(9));
        await harness.AskAsync();
        var status = (await harness.Status.GetStatusAsync(TestContext.Current.CancellationToken))[0];
        harness.Time.Advance(TimeSpan.FromSeconds(2));
        var after = await harness.AskAsync();

        Assert.Equal(1, status.Health.ConsecutiveFailures);
        Assert.False(status.Usable);
        Assert.Contains("cooling down", status.SkipReason, StringComparison.Ordinal);
        Assert.Equal(ProviderNames.Mistral, ProviderResponseInfo.From(after)!.Provider);
        Assert.Equal(2, harness.Server.Mistral.CallCount);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(403)]
    public async Task GetResponseAsync_AuthenticationRejected_DisablesProviderForGood(int status)
    {
        await using var harness = await ProviderChainHarness.StartAsync();
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.Unauthorized(status));

        await harness.AskAsync();
        harness.Time!.Advance(TimeSpan.FromHours(2));
        var later = await harness.AskAsync();
        var mistral = (await harness.Status.GetStatusAsync(TestContext.Current.CancellationToken))[0];

        Assert.Equal(ProviderNames.OpenAI, ProviderResponseInfo.From(later)!.Provider);
        Assert.Equal(1, harness.Server.Mistral.CallCount);
        Assert.True(mistral.Health.Disabled);
        Assert.Contains("disabled until restart", mistral.SkipReason, StringComparison.Ordinal);
        Assert.Equal(ProviderErrorKind.AuthenticationFailed, mistral.Health.LastFailure!.Kind);
    }

    [Fact]
    public async Task GetResponseAsync_UnprocessableRequest_FailsOverWithoutCooldown()
    {
        await using var harness = await ProviderChainHarness.StartAsync();
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.ExtraForbidden("max_completion_tokens"));

        var first = await harness.AskAsync();
        var second = await harness.AskAsync();
        var mistral = (await harness.Status.GetStatusAsync(TestContext.Current.CancellationToken))[0];

        Assert.Equal(ProviderNames.OpenAI, ProviderResponseInfo.From(first)!.Provider);
        Assert.Equal(ProviderNames.Mistral, ProviderResponseInfo.From(second)!.Provider);
        Assert.Equal(ProviderErrorKind.ConfigurationError, mistral.Health.LastFailure!.Kind);
        Assert.Equal(422, mistral.Health.LastFailure.StatusCode);
    }

    [Fact]
    public async Task GetResponseAsync_ConnectionRefused_FailsOverAndCoolsDown()
    {
        // Port 9 (discard) on loopback is closed, so the connection is refused at once.
        await using var harness = await ProviderChainHarness.StartAsync(true, ("Providers:Mistral:Endpoint", "http://127.0.0.1:9/v1"));

        var response = await harness.AskAsync();
        var mistral = (await harness.Status.GetStatusAsync(TestContext.Current.CancellationToken))[0];

        Assert.Equal(ProviderNames.OpenAI, ProviderResponseInfo.From(response)!.Provider);
        Assert.Equal(ProviderErrorKind.ConnectionFailed, mistral.Health.LastFailure!.Kind);
        Assert.NotNull(mistral.Health.CoolingDownUntil);
    }

    [Fact]
    public async Task GetResponseAsync_SlowProvider_TimesOutAndFailsOver()
    {
        await using var harness = await ProviderChainHarness.StartAsync(false, ("Providers:Mistral:TimeoutSeconds", "1"));
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.WithText("too late").After(TimeSpan.FromSeconds(20)));

        var response = await harness.AskAsync();
        var mistral = (await harness.Status.GetStatusAsync(TestContext.Current.CancellationToken))[0];

        Assert.Equal(ProviderNames.OpenAI, ProviderResponseInfo.From(response)!.Provider);
        Assert.Equal(ProviderErrorKind.Timeout, mistral.Health.LastFailure!.Kind);
    }

    [Fact]
    public async Task GetResponseAsync_AttemptTimeoutOnFakeClock_FailsOverWhenTimeAdvances()
    {
        await using var harness = await ProviderChainHarness.StartAsync(true, ("Providers:Mistral:TimeoutSeconds", "3"));
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.WithText("too late").After(TimeSpan.FromSeconds(30)));

        var pending = harness.AskAsync();
        while (harness.Server.Mistral.CallCount == 0)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        harness.Time!.Advance(TimeSpan.FromSeconds(3));
        var response = await pending;
        var mistral = (await harness.Status.GetStatusAsync(TestContext.Current.CancellationToken))[0];

        Assert.Equal(ProviderNames.OpenAI, ProviderResponseInfo.From(response)!.Provider);
        Assert.Equal(ProviderErrorKind.Timeout, mistral.Health.LastFailure!.Kind);
    }

    [Fact]
    public async Task GetResponseAsync_HungProviderWithoutItsOwnTimeout_FailsOverAfterTheChainsAttemptTimeout()
    {
        await using var harness = await ProviderChainHarness.StartAsync(
            true, ("Providers:Mistral:TimeoutSeconds", null), ("Providers:AttemptTimeout", "00:00:02"));
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.WithText("too late").After(TimeSpan.FromSeconds(50)));

        var pending = harness.AskAsync();
        while (harness.Server.Mistral.CallCount == 0)
        {
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        harness.Time!.Advance(TimeSpan.FromSeconds(2));
        var response = await pending;
        var mistral = (await harness.Status.GetStatusAsync(TestContext.Current.CancellationToken))[0];

        Assert.Equal(2, mistral.TimeoutSeconds);
        Assert.Equal(ProviderNames.OpenAI, ProviderResponseInfo.From(response)!.Provider);
        Assert.Equal(ProviderErrorKind.Timeout, mistral.Health.LastFailure!.Kind);
    }
}
