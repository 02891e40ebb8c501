using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;
using OpenAI.Chat;
using WhatStyle.Agent.Providers;
using WhatStyle.Agent.Tests.Fakes;
using ChatMessage = Microsoft.Extensions.AI.ChatMessage;

namespace WhatStyle.Agent.Tests.Providers;

public sealed partial class MistralThroughChainTests
{
    private static readonly AIFunction Lookup = AIFunctionFactory.Create((string name) => $"profile of {name}", "lookup_contact", "Looks up a contact.");

    [Fact]
    public async Task GetStreamingResponseAsync_OpenAIOptions_ReachMistralSanitized()
    {
        await using var harness = await ProviderChainHarness.StartAsync(true, ("Providers:Order", "mistral"));
        var options = new ChatOptions
        {
            MaxOutputTokens = 200,
            Seed = 7,
            Tools = [Lookup],
#pragma warning disable OPENAI001 // EndUserId/StoredOutputEnabled: set on purpose to prove the sanitiser drops them.
            RawRepresentationFactory = _ => new ChatCompletionOptions { EndUserId = "owner-42", StoredOutputEnabled = true },
#pragma warning restore OPENAI001
        };

        var response = await harness.Chain
            .GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "hi")], options, TestContext.Current.CancellationToken)
            .ToChatResponseAsync(TestContext.Current.CancellationToken);

        var body = Assert.Single(harness.Server.Mistral.Requests).Json;
        Assert.Equal("reply from mistral", response.Text);
        Assert.Equal(200, body["max_tokens"]!.GetValue<int>());
        Assert.Equal(7, body["random_seed"]!.GetValue<int>());
        Assert.True(body["stream"]!.GetValue<bool>());
        foreach (var dropped in new[] { "max_completion_tokens", "seed", "stream_options", "store", "user" })
        {
            Assert.False(body.ContainsKey(dropped), $"'{dropped}' reached Mistral: {body.ToJsonString()}");
        }

        Assert.Equal("lookup_contact", body["tools"]![0]!["function"]!["name"]!.GetValue<string>());
        Assert.Equal("Bearer test-mistral-key", harness.Server.Mistral.Requests[0].Authorization);
    }

    [Fact]
    public async Task GetResponseAsync_HistoryFromAnotherProvider_ReachesMistralWithNineCharacterIds()
    {
        await using var harness = await ProviderChainHarness.StartAsync(true, ("Providers:Order", "mistral"));
        List<ChatMessage> history =
        [
            new(ChatRole.User, "how is maman?"),
            new(ChatRole.Assistant, [new FunctionCallContent("call_0fypS1hVXq2", "lookup_contact", new Dictionary<string, object?> { ["name"] = "maman" })]),
            new(ChatRole.Tool, [new FunctionResultContent("call_0fypS1hVXq2", "profile of maman")]),
            new(ChatRole.Assistant, [new FunctionCallContent("6e9f39e0", "lookup_contact", new Dictionary<string, object?> { ["name"] = "papa" })]),
            new(ChatRole.Tool, [new FunctionResultContent("6e9f39e0", "profile of papa")]),
        ];

        await harness.Chain.GetResponseAsync(history, new ChatOptions { Tools = [Lookup] }, TestContext.Current.CancellationToken);

        var messages = Assert.Single(harness.Server.Mistral.Requests).Json["messages"]!.AsArray();
        var callIds = messages.Where(m => m!["tool_calls"] is not null).Select(m => m!["tool_calls"]![0]!["id"]!.GetValue<string>()).ToList();
        var resultIds = messages.Where(m => m!["role"]!.GetValue<string>() == "tool").Select(m => m!["tool_call_id"]!.GetValue<string>()).ToList();
        Assert.Equal(2, callIds.Distinct().Count());
        Assert.All(callIds, id => Assert.Matches(NineAlphanumerics(), id));
        Assert.Equal(callIds, resultIds);
    }

    [Fact]
    public async Task GetStreamingResponseAsync_StreamedToolCall_AssemblesArgumentsAndNamesProvider()
    {
        await using var harness = await ProviderChainHarness.StartAsync(true, ("Providers:Order", "mistral,openai"));
        harness.Server.Mistral.Enqueue(FakeProviderServerReply.RateLimited(10));
        harness.Server.OpenAI.Enqueue(FakeProviderServerReply.WithToolCall("lookup_contact", """{"name":"maman","limit":3}""", "call_streamed01"));

        var response = await harness.Chain
            .GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "hi")], new ChatOptions { Tools = [Lookup] }, TestContext.Current.CancellationToken)
            .ToChatResponseAsync(TestContext.Current.CancellationToken);

        var call = Assert.Single(response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>());
        Assert.Equal("lookup_contact", call.Name);
        Assert.Equal("call_streamed01", call.CallId);
        Assert.Equal("maman", ((JsonElement)call.Arguments!["name"]!).GetString());
        Assert.Equal(3, ((JsonElement)call.Arguments!["limit"]!).GetInt32());
        var info = ProviderResponseInfo.From(response)!;
        Assert.Equal(ProviderNames.OpenAI, info.Provider);
        Assert.True(info.Fallback);
    }

    [GeneratedRegex("^[A-Za-z0-9]{9}$")]
    private static partial Regex NineAlphanumerics();
}
