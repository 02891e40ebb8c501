namespace WhatStyle.Agent.Providers;

/// <summary>Reads the chain's providers and health tracker into <see cref="ProviderStatus"/> records.</summary>
internal sealed class ProviderChainStatus(ProviderFailoverChatClient chain) : IProviderChainStatus
{
    public async Task<IReadOnlyList<ProviderStatus>> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var statuses = new List<ProviderStatus>();
        var position = 0;
        foreach (var provider in chain.Providers)
        {
            var settings = provider.Settings;
            var reason = settings.SkipReason ?? chain.Health.UnavailableReason(provider.Name);
            if (reason is null && provider.Probe is not null)
            {
                reason = await provider.Probe(cancellationToken);
            }

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
}
