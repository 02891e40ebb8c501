namespace WhatStyle.Agent.Providers;

/// <summary>A provider's runtime health as the chain sees it (no configuration; see <see cref="ProviderStatus"/>).</summary>
/// <param name="CoolingDownUntil">When the provider may be tried again, when it is cooling down.</param>
/// <param name="Disabled">True after a 401/403: the provider is not tried again until restart.</param>
/// <param name="ConsecutiveFailures">Transient failures since the last success (drives the cooldown's growth).</param>
/// <param name="LastFailure">The last failure, when there was one.</param>
/// <param name="LastFailureAt">When the last failure happened.</param>
/// <param name="LastSuccessAt">When the provider last answered.</param>
public sealed record ProviderHealth(
    DateTimeOffset? CoolingDownUntil,
    bool Disabled,
    int ConsecutiveFailures,
    ProviderFailure? LastFailure,
    DateTimeOffset? LastFailureAt,
    DateTimeOffset? LastSuccessAt)
{
    /// <summary>A provider nothing has happened to yet.</summary>
    public static ProviderHealth Fresh { get; } = new(null, false, 0, null, null, null);
}
