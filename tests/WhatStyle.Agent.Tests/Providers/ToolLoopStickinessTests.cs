using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using WhatStyle.Agent.Providers;
using WhatStyle.Agent.Tests.Fakes;

namespace WhatStyle.Agent.Tests.Providers;

public sealed partial class ToolLoopStickinessTests
{
    private static readonly AIFunction Lookup = AIFunctionFactory.Create((string name) => $"profile of {name}", "lookup_contact", "Looks up a contact.");

    [Fact]
    public async Task GetResponseAsync_ToolLoopBeganOnFallbackProvider_StaysOnItForTheNextIteration()
    {
        await using var harness = await ProviderChainHarness.StartAsync();
        // 422 causes no cooldown: without stickiness the second iteration would go back to Mistral.
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.ExtraForbidden("max_completion_tokens"));
        harness.Server.OpenAI.Enqueue(
            FakeProviderServerReply.WithToolCall("lookup_contact", """{"name":"maman"}"""),
            FakeProviderServerReply.WithText("Maman va bien."));
        using var agent = harness.Chain.AsBuilder().UseFunctionInvocation().Build();

        var response = await agent.GetResponseAsync("how is maman?", new ChatOptions { Tools = [Lookup] }, TestContext.Current.CancellationToken);

        Assert.Equal("Maman va bien.", response.Text);
        Assert.Equal(1, harness.Server.Mistral.CallCount);
        Assert.Equal(2, harness.Server.OpenAI.CallCount);
        Assert.Contains("profile of maman", harness.Server.OpenAI.Requests[1].Body, StringComparison.Ordinal);
        var info = ProviderResponseInfo.From(response)!;
        Assert.Equal(ProviderNames.OpenAI, info.Provider);
        Assert.True(info.Fallback);
    }

    [Fact]
    public async Task GetResponseAsync_StickyProviderFailsMidLoop_FailsOverAndMistralGetsValidIds()
    {
        await using var harness = await ProviderChainHarness.StartAsync(true, ("Providers:Order", "openai,mistral"));
        harness.Server.OpenAI.Enqueue(
            FakeProviderServerReply.WithToolCall("lookup_contact", """{"name":"papa"}""", "call_AbCdEfGhIjKl"),
            FakeProviderServerReply.ServerError());
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.WithText("Papa va bien."));
        using var agent = harness.Chain.AsBuilder().UseFunctionInvocation().Build();

        var response = await agent.GetResponseAsync("how is papa?", new ChatOptions { Tools = [Lookup] }, TestContext.Current.CancellationToken);

        Assert.Equal("Papa va bien.", response.Text);
        var messages = Assert.Single(harness.Server.Mistral.Requests).Json["messages"]!.AsArray();
        var callId = messages.Single(m => m!["tool_calls"] is not null)!["tool_calls"]![0]!["id"]!.GetValue<string>();
        var resultId = messages.Single(m => m!["role"]!.GetValue<string>() == "tool")!["tool_call_id"]!.GetValue<string>();
        Assert.Matches(NineAlphanumerics(), callId);
        Assert.Equal(callId, resultId);
        Assert.Equal(ProviderNames.Mistral, ProviderResponseInfo.From(response)!.Provider);
    }

    [Fact]
    public async Task GetResponseAsync_NewTurnAfterToolLoop_StartsAgainFromTheFirstProvider()
    {
        await using var harness = await ProviderChainHarness.StartAsync();
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.ExtraForbidden("store"));
        harness.Server.OpenAI.Enqueue(
            FakeProviderServerReply.WithToolCall("lookup_contact", """{"name":"maman"}"""),
            FakeProviderServerReply.WithText("Elle va bien."));
        using var agent = harness.Chain.AsBuilder().UseFunctionInvocation().Build();
        var first = await agent.GetResponseAsync("how is maman?", new ChatOptions { Tools = [Lookup] }, TestContext.Current.CancellationToken);
        List<ChatMessage> history = [new(ChatRole.User, "how is maman?"), .. first.Messages, new(ChatRole.User, "and you?")];

        var second = await agent.GetResponseAsync(history, new ChatOptions { Tools = [Lookup] }, TestContext.Current.CancellationToken);

        Assert.Equal(ProviderNames.Mistral, ProviderResponseInfo.From(second)!.Provider);
        Assert.Equal(2, harness.Server.Mistral.CallCount);
    }

    [GeneratedRegex("^[A-Za-z0-9]{9}$")]
    private static partial Regex NineAlphanumerics();
}
