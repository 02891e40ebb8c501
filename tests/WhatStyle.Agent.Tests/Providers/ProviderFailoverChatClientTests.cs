using Microsoft.Extensions.AI;
using WhatStyle.Agent.Providers;
using WhatStyle.Agent.Tests.Fakes;

namespace WhatStyle.Agent.Tests.Providers;

public sealed class ProviderFailoverChatClientTests
{
    [Fact]
    public async Task GetResponseAsync_AllHealthy_FirstProviderAnswersWithoutFallback()
    {
        await using var harness = await ProviderChainHarness.StartAsync();

        var response = await harness.AskAsync();

        var info = ProviderResponseInfo.From(response)!;
        Assert.Equal(ProviderNames.Mistral, info.Provider);
        Assert.False(info.Fallback);
        Assert.Equal("reply from mistral", response.Text);
        Assert.Equal(0, harness.Server.OpenAI.CallCount);
    }

    [Fact]
    public async Task GetResponseAsync_FirstProviderServerError_FailsOverInOrderAndMarksFallback()
    {
        await using var harness = await ProviderChainHarness.StartAsync();
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.ServerError());
        harness.Server.OpenAI.Enqueue(FakeProviderServerReply.ServerError(503));

        var response = await harness.AskAsync();

        var info = ProviderResponseInfo.From(response)!;
        Assert.Equal(ProviderNames.Ollama, info.Provider);
        Assert.True(info.Fallback);
        Assert.Equal([ProviderNames.Mistral, ProviderNames.OpenAI], info.FailedProviders);
        Assert.Equal("reply from ollama", response.Text);
        Assert.Equal(1, harness.Server.Mistral.CallCount);
        Assert.Equal(1, harness.Server.OpenAI.CallCount);
    }

    [Fact]
    public async Task GetResponseAsync_CustomOrder_TriesProvidersInConfiguredOrder()
    {
        await using var harness = await ProviderChainHarness.StartAsync(true, ("Providers:Order", "openai,mistral"));
        harness.Server.OpenAI.Enqueue(FakeProviderServerReply.ServerError());

        var response = await harness.AskAsync();

        Assert.Equal(ProviderNames.Mistral, ProviderResponseInfo.From(response)!.Provider);
        Assert.Equal(0, harness.Server.Ollama.CallCount);
    }

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
    public async Task GetResponseAsync_GarbageJson_FailsOver()
    {
        await using var harness = await ProviderChainHarness.StartAsync();
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.Garbage());

        var response = await harness.AskAsync();

        Assert.Equal(ProviderNames.OpenAI, ProviderResponseInfo.From(response)!.Provider);
        Assert.Equal(1, harness.Server.Mistral.CallCount);
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
    public async Task GetResponseAsync_DeadlineRunsOut_ThrowsExhaustedWithDeadlineReason()
    {
        await using var harness = await ProviderChainHarness.StartAsync(false, ("Providers:DeadlineSeconds", "1"));
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.WithText("too late").After(TimeSpan.FromSeconds(20)));

        var exception = await Assert.ThrowsAsync<ProviderChainExhaustedException>(() => harness.AskAsync());

        Assert.Contains("deadline", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.Server.OpenAI.CallCount);
    }

    [Fact]
    public async Task GetResponseAsync_EveryProviderFails_ThrowsExhaustedWithReasonsAndNoSecrets()
    {
        await using var harness = await ProviderChainHarness.StartAsync();
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.ServerError());
        harness.Server.OpenAI.Enqueue(FakeProviderServerReply.RateLimited(5));
        harness.Server.OllamaReachable = false;

        var exception = await Assert.ThrowsAsync<ProviderChainExhaustedException>(() => harness.AskAsync());

        Assert.Equal([ProviderNames.Mistral, ProviderNames.OpenAI, ProviderNames.Ollama], exception.Reasons.Select(reason => reason.Provider));
        Assert.Equal(ProviderErrorKind.ServerError, exception.Reasons[0].Failure!.Kind);
        Assert.Equal(ProviderErrorKind.RateLimited, exception.Reasons[1].Failure!.Kind);
        Assert.False(exception.Reasons[2].Attempted);
        Assert.Contains("skipped: host", exception.Reasons[2].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("test-mistral-key", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("test-openai-key", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_ProvidersWithoutKeys_AreSkippedWithReason()
    {
        await using var harness = await ProviderChainHarness.StartAsync(true, ("Providers:Mistral:ApiKey", null), ("Providers:OpenAI:ApiKey", null));

        var response = await harness.AskAsync();

        var info = ProviderResponseInfo.From(response)!;
        Assert.Equal(ProviderNames.Ollama, info.Provider);
        Assert.False(info.Fallback); // Unconfigured providers are not failures: Ollama is the preferred provider here.
        Assert.Equal(0, harness.Server.Mistral.CallCount + harness.Server.OpenAI.CallCount);
    }

    [Fact]
    public async Task GetResponseAsync_CallerCancels_PropagatesCancellationWithoutPenalty()
    {
        await using var harness = await ProviderChainHarness.StartAsync(false);
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.WithText("slow").After(TimeSpan.FromSeconds(20)));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancel.CancelAfter(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            harness.Chain.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")], null, cancel.Token));
        var mistral = (await harness.Status.GetStatusAsync(TestContext.Current.CancellationToken))[0];

        Assert.Null(mistral.Health.LastFailure);
        Assert.Equal(0, harness.Server.OpenAI.CallCount);
    }
}
