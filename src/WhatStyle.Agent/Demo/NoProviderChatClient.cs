using Microsoft.Extensions.AI;
using WhatStyle.Agent.Providers;

namespace WhatStyle.Agent.Demo;

/// <summary>A chain with no providers (<c>whatstyle demo --offline</c>): every call ends as "none configured", so the offline responder answers.</summary>
internal sealed class NoProviderChatClient : IChatClient
{
    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new ProviderChainExhaustedException("Offline mode: no provider is used.", [new ProviderAttemptReport("all", "offline mode")]);

    public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new ProviderChainExhaustedException("Offline mode: no provider is used.", [new ProviderAttemptReport("all", "offline mode")]);

    public object? GetService(Type serviceType, object? serviceKey = null) => serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }
}
