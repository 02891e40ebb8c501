using Microsoft.Extensions.AI;
using WhatStyle.Agent.Providers;
using WhatStyle.Agent.Tests.Fakes;

namespace WhatStyle.Agent.Tests.Providers;

/// <summary>Failover order, fallback metadata and exhaustion.</summary>
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
    public async Task GetResponseAsync_GarbageJson_FailsOver()
    {
        await using var harness = await ProviderChainHarness.StartAsync();
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.Garbage());

        var response = await harness.AskAsync();

        Assert.Equal(ProviderNames.OpenAI, ProviderResponseInfo.From(response)!.Provider);
        Assert.Equal(1, harness.Server.Mistral.CallCount);
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

    [Fact]
    public async Task GetResponseAsync_CallerSetsModelId_EachProviderUsesItsOwnModel()
    {
        await using var harness = await ProviderChainHarness.StartAsync();
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.ServerError());
        var options = new ChatOptions { ModelId = "mistral-large-latest" };

        await harness.AskAsync(options: options);

        Assert.Equal("gpt-4o-mini", harness.Server.OpenAI.Requests[0].Json["model"]!.GetValue<string>());
        Assert.Equal("mistral-large-latest", options.ModelId);
    }

    [Fact]
    public async Task GetResponseAsync_ConcurrentCalls_EachKeepsItsOwnAttempts()
    {
        await using var harness = await ProviderChainHarness.StartAsync(true, ("Providers:Order", "openai,ollama"));
        harness.Server.OpenAI.Enqueue(FakeProviderServerReply.ExtraForbidden("user"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => harness.AskAsync()));

        var infos = responses.Select(response => ProviderResponseInfo.From(response)!).ToList();
        Assert.Single(infos, info => info.Provider == ProviderNames.Ollama && info.FailedProviders.SequenceEqual([ProviderNames.OpenAI]));
        Assert.Equal(7, infos.Count(info => info.Provider == ProviderNames.OpenAI && info.FailedProviders.Count == 0));
    }

    [Fact]
    public async Task GetStreamingResponseAsync_StreamBreaksAfterOutput_PropagatesAndRecordsFailure()
    {
        await using var harness = await ProviderChainHarness.StartAsync();
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.BrokenStream("Hello there, this breaks"));
        var received = new List<ChatResponseUpdate>();

        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await foreach (var update in harness.Chain.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "hi")], null, TestContext.Current.CancellationToken))
            {
                received.Add(update);
            }
        });
        var mistral = (await harness.Status.GetStatusAsync(TestContext.Current.CancellationToken))[0];

        Assert.NotEmpty(received); // Output had reached the caller, so failing over would have mixed two answers.
        Assert.Equal(0, harness.Server.OpenAI.CallCount);
        Assert.NotNull(mistral.Health.LastFailure);
    }
}
