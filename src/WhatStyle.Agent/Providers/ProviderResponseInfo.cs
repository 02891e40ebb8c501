using Microsoft.Extensions.AI;

namespace WhatStyle.Agent.Providers;

/// <summary>Which provider answered a chain response and whether it was a fallback, read from its metadata.</summary>
/// <param name="Provider">The provider that answered (see <see cref="ProviderNames"/>).</param>
/// <param name="Fallback">True when the chain's first usable provider did not answer (failed, cooling down or disabled).</param>
/// <param name="FailedProviders">The providers that failed during this model call, in order.</param>
public sealed record ProviderResponseInfo(string Provider, bool Fallback, IReadOnlyList<string> FailedProviders)
{
    /// <summary>The key of the answering provider's name in <see cref="ChatResponse.AdditionalProperties"/>.</summary>
    public const string ProviderKey = "whatstyle.provider";

    /// <summary>The key of the fallback flag (bool).</summary>
    public const string FallbackKey = "whatstyle.fallback";

    /// <summary>The key of the providers that failed during the call (string[]).</summary>
    public const string FailedProvidersKey = "whatstyle.failedProviders";

    /// <summary>
    /// Reads the chain's metadata from a response (also after FunctionInvokingChatClient, which keeps the last call's).
    /// A response assembled from streaming updates carries it on its messages instead, so those are read too, last first.
    /// </summary>
    public static ProviderResponseInfo? From(ChatResponse? response) =>
        response is null
            ? null
            : From(response.AdditionalProperties)
              ?? response.Messages.Reverse().Select(message => From(message.AdditionalProperties)).FirstOrDefault(info => info is not null);

    /// <summary>Reads the chain's metadata from a response's or an update's additional properties.</summary>
    public static ProviderResponseInfo? From(AdditionalPropertiesDictionary? properties)
    {
        if (properties is null || !properties.TryGetValue(ProviderKey, out var provider) || provider is not string name)
        {
            return null;
        }

        var fallback = properties.TryGetValue(FallbackKey, out var flag) && flag is true;
        var failed = properties.TryGetValue(FailedProvidersKey, out var list) && list is string[] names ? names : [];
        return new ProviderResponseInfo(name, fallback, failed);
    }

    internal void WriteTo(AdditionalPropertiesDictionary properties)
    {
        properties[ProviderKey] = Provider;
        properties[FallbackKey] = Fallback;
        properties[FailedProvidersKey] = FailedProviders.ToArray();
    }
}
