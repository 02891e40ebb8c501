namespace WhatStyle.Agent.Providers;

/// <summary>Reports each provider's configuration and health, in chain order.</summary>
public interface IProviderChainStatus
{
    /// <summary>The current status of every provider in the chain (may probe Ollama's host, briefly and cached).</summary>
    Task<IReadOnlyList<ProviderStatus>> GetStatusAsync(CancellationToken cancellationToken = default);
}
