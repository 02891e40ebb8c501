using Microsoft.Extensions.AI;
using WhatStyle.Agent.Providers;
using WhatStyle.Agent.Replies.Functions;

namespace WhatStyle.Benchmarks.Agent;

/// <summary>A model that answers at once (optionally after one select_sticker call), so the benchmark measures the agent, not a network.</summary>
internal sealed class FakeReplyChatClient(bool callStickerTool) : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var history = messages.ToList();
        var toolAnswered = history.Any(m => m.Contents.OfType<FunctionResultContent>().Any());
        var message = callStickerTool && !toolAnswered
            ? new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call1", ReplyKernel.ModelToolName("select_sticker"), new Dictionary<string, object?> { ["emotion"] = "sadness" })])
            : new ChatMessage(ChatRole.Assistant, "Aw, I'm here for you. Want to talk about it?");
        var response = new ChatResponse(message) { AdditionalProperties = new() { [ProviderResponseInfo.ProviderKey] = "fake" } };
        return Task.FromResult(response);
    }

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
