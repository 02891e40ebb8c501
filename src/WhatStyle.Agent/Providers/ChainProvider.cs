using Microsoft.Extensions.AI;

namespace WhatStyle.Agent.Providers;

/// <summary>One link of the chain: a provider's settings, its client, and an optional availability probe.</summary>
/// <param name="Settings">The provider's effective settings.</param>
/// <param name="Client">The provider's client, with SDK retries off.</param>
/// <param name="Probe">Returns why the provider cannot be reached now, or null; for Ollama, which has no key to check.</param>
internal sealed record ChainProvider(
    ProviderSettings Settings,
    IChatClient Client,
    Func<CancellationToken, ValueTask<string?>>? Probe = null)
{
    public string Name => Settings.Name;
}
