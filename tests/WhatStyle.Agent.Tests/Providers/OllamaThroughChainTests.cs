using Microsoft.Extensions.AI;
using WhatStyle.Agent.Providers;
using WhatStyle.Agent.Tests.Fakes;

namespace WhatStyle.Agent.Tests.Providers;

public sealed class OllamaThroughChainTests
{
    private static readonly AIFunction Lookup = AIFunctionFactory.Create((string name) => $"profile of {name}", "lookup_contact", "Looks up a contact.");

    [Fact]
    public async Task GetResponseAsync_OllamaOnly_AnswersThroughOllamaSharpNonStreaming()
    {
        await using var harness = await ProviderChainHarness.StartAsync(true, ("Providers:Order", "ollama"));
        harness.Server.Ollama.Enqueue(FakeProviderServerReply.WithText("Pretty good! Thanks for asking 😊"));

        var response = await harness.AskAsync();

        Assert.Equal("Pretty good! Thanks for asking 😊", response.Text);
        Assert.Equal(ProviderNames.Ollama, ProviderResponseInfo.From(response)!.Provider);
        var body = Assert.Single(harness.Server.Ollama.Requests).Json;
        Assert.False(body["stream"]!.GetValue<bool>());
        Assert.Equal("llama3.2", body["model"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetStreamingResponseAsync_Ollama_IsServedWithOneNonStreamingCall()
    {
        await using var harness = await ProviderChainHarness.StartAsync(true, ("Providers:Order", "ollama"));

        var response = await harness.Chain
            .GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "hi")], null, TestContext.Current.CancellationToken)
            .ToChatResponseAsync(TestContext.Current.CancellationToken);

        Assert.Equal("reply from ollama", response.Text);
        Assert.False(Assert.Single(harness.Server.Ollama.Requests).Stream);
    }

    [Fact]
    public async Task GetResponseAsync_ToolLoopOnOllama_InvokesToolAndSendsResultBack()
    {
        await using var harness = await ProviderChainHarness.StartAsync(true, ("Providers:Order", "ollama"));
        harness.Server.Ollama.Enqueue(
            FakeProviderServerReply.WithToolCall("lookup_contact", """{"name":"maman"}"""),
            FakeProviderServerReply.WithText("Maman va bien."));
        using var agent = harness.Chain.AsBuilder().UseFunctionInvocation().Build();

        var response = await agent.GetResponseAsync("how is maman?", new ChatOptions { Tools = [Lookup] }, TestContext.Current.CancellationToken);

        Assert.Equal("Maman va bien.", response.Text);
        Assert.Equal(2, harness.Server.Ollama.CallCount);
        Assert.Contains("profile of maman", harness.Server.Ollama.Requests[1].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResponseAsync_OllamaUnreachable_SkippedAndProbeCached()
    {
        await using var harness = await ProviderChainHarness.StartAsync(true, ("Providers:Order", "ollama"));
        harness.Server.OllamaReachable = false;

        var first = await Assert.ThrowsAsync<ProviderChainExhaustedException>(() => harness.AskAsync());
        await Assert.ThrowsAsync<ProviderChainExhaustedException>(() => harness.AskAsync());
        harness.Server.OllamaReachable = true;
        harness.Time!.Advance(TimeSpan.FromSeconds(31));
        var later = await harness.AskAsync();

        Assert.False(first.Reasons[0].Attempted);
        Assert.Equal(0, harness.Server.Ollama.CallCount - 1); // Only the call after the cache expired reached /api/chat.
        Assert.Equal(2, harness.Server.OllamaProbeCount);
        Assert.Equal(ProviderNames.Ollama, ProviderResponseInfo.From(later)!.Provider);
    }

    [Fact]
    public async Task GetResponseAsync_OllamaServerError_FailsOverToNextProvider()
    {
        await using var harness = await ProviderChainHarness.StartAsync(true, ("Providers:Order", "ollama,openai"));
        harness.Server.Ollama.Enqueue(FakeProviderServerReply.ServerError());

        var response = await harness.AskAsync();
        var ollama = (await harness.Status.GetStatusAsync(TestContext.Current.CancellationToken))[0];

        Assert.Equal(ProviderNames.OpenAI, ProviderResponseInfo.From(response)!.Provider);
        Assert.Equal(ProviderErrorKind.ServerError, ollama.Health.LastFailure!.Kind);
    }
}
