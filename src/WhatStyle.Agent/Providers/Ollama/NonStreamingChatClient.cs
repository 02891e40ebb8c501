using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;

namespace WhatStyle.Agent.Providers.Ollama;

/// <summary>
/// Serves streaming requests with one non-streaming call: OllamaSharp swallows an error that arrives mid-stream
/// (the stream just ends), which would let a failed attempt pass for an answer.
/// </summary>
internal sealed class NonStreamingChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages,
        ChatOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }
}
