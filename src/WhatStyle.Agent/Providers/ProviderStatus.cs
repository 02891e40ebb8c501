using WhatStyle.Tools.Text;

namespace WhatStyle.Agent.Providers;

/// <summary>One provider's configuration (never its key) and health, for <c>whatstyle providers</c> and diagnostics.</summary>
/// <param name="Name">The provider.</param>
/// <param name="Position">Its place in the chain, from 1.</param>
/// <param name="Enabled">False when configuration turned it off.</param>
/// <param name="Endpoint">The base URL.</param>
/// <param name="Model">The model.</param>
/// <param name="TimeoutSeconds">The timeout of one attempt.</param>
/// <param name="RequiresApiKey">Whether the provider needs a key.</param>
/// <param name="ApiKeySet">Whether a key is set (the key itself is never exposed).</param>
/// <param name="Usable">Whether the chain would try it now.</param>
/// <param name="SkipReason">Why the chain would skip it now (not configured, unreachable, cooling down, disabled).</param>
/// <param name="Health">Its runtime health.</param>
public sealed record ProviderStatus(
    string Name,
    int Position,
    bool Enabled,
    string Endpoint,
    string Model,
    double TimeoutSeconds,
    bool RequiresApiKey,
    bool ApiKeySet,
    bool Usable,
    string? SkipReason,
    ProviderHealth Health)
{
    /// <summary>Whether it has what it needs to be tried: enabled, and a key when it needs one (never the key itself).</summary>
    public bool Configured => Enabled && (!RequiresApiKey || ApiKeySet);

    /// <summary>The one problem to show the owner: why the chain skips it now, else its last failure's kind; null when none.</summary>
    public string? Problem => SkipReason ?? (Health.LastFailure is { } failure ? EnumSpelling.Name(failure.Kind) : null);
}
