namespace WhatStyle.Agent.Providers;

/// <summary>Reads the chain's providers and health tracker into <see cref="ProviderStatus"/> records.</summary>
internal sealed class ProviderChainStatus(ProviderFailoverChatClient chain) : IProviderChainStatus
{
    public async Task<IReadOnlyList<ProviderStatus>> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        // Every provider that could answer is checked the same way, in parallel: its own probe if it has one
        // (Ollama), then whether its host answers at all. A key alone does not make a provider "ready".
        var reasons = await Task.WhenAll(chain.Providers.Select(p => ReasonAsync(p, cancellationToken)));
        var statuses = new List<ProviderStatus>();
        var position = 0;
        foreach (var (provider, reason) in chain.Providers.Zip(reasons))
        {
            var settings = provider.Settings;

            statuses.Add(new ProviderStatus(
                settings.Name,
                ++position,
                settings.Enabled,
                settings.Endpoint.ToString(),
                settings.Model,
                settings.Timeout.TotalSeconds,
                settings.RequiresApiKey,
                settings.HasApiKey,
                Usable: reason is null,
                reason,
                chain.Health.Get(provider.Name)));
        }

        return statuses;
    }

    private async Task<string?> ReasonAsync(ChainProvider provider, CancellationToken cancellationToken)
    {
        var reason = provider.Settings.SkipReason ?? chain.Health.UnavailableReason(provider.Name);
        if (reason is null && provider.Probe is not null)
        {
            reason = await provider.Probe(cancellationToken);
        }

        return reason ?? await EndpointProbe.CheckAsync(provider.Settings.Endpoint, EndpointProbe.DefaultTimeout, cancellationToken);
    }
}
