namespace WhatStyle.Agent.Providers;

/// <summary>One provider's effective settings: configuration with the documented defaults applied.</summary>
/// <param name="Name">The provider's name (see <see cref="ProviderNames"/>).</param>
/// <param name="Enabled">False when configuration turned the provider off.</param>
/// <param name="ApiKey">The key; null when none is set or none is needed. Never log it.</param>
/// <param name="Endpoint">The base URL.</param>
/// <param name="Model">The model.</param>
/// <param name="Timeout">The timeout of one attempt.</param>
public sealed record ProviderSettings(string Name, bool Enabled, string? ApiKey, Uri Endpoint, string Model, TimeSpan Timeout)
{
    /// <summary>Whether the provider needs an API key (Ollama does not).</summary>
    public bool RequiresApiKey => Name != ProviderNames.Ollama;

    /// <summary>Whether an API key is set, for display (the key itself is never shown).</summary>
    public bool HasApiKey => !string.IsNullOrEmpty(ApiKey);

    /// <summary>Why the provider cannot be used at all from its settings alone, or null when it can be tried.</summary>
    public string? SkipReason =>
        !Enabled ? "disabled in configuration"
        : RequiresApiKey && !HasApiKey ? $"no API key (set Providers:{DisplaySection}:ApiKey or {KeyVariable})"
        : null;

    private string DisplaySection => Name switch
    {
        ProviderNames.Mistral => "Mistral",
        ProviderNames.OpenAI => "OpenAI",
        _ => "Ollama",
    };

    private string KeyVariable => Name == ProviderNames.Mistral ? "MISTRAL_API_KEY" : "OPENAI_API_KEY";

    /// <summary>Redacts <see cref="ApiKey"/> from the string representation, so a logged record leaks nothing.</summary>
    public override string ToString() =>
        $"{Name} (endpoint {Endpoint}, model {Model}, timeout {Timeout.TotalSeconds:0}s, key {(HasApiKey ? "set" : "not set")})";

    /// <summary>Applies the documented defaults to every provider in the effective order.</summary>
    public static IReadOnlyList<ProviderSettings> Resolve(ProviderChainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.EffectiveOrder().Select(name => Resolve(name, options.For(name), options.AttemptTimeout)).ToList();
    }

    /// <summary>Applies the documented defaults to one provider's options.</summary>
    /// <param name="name">The provider.</param>
    /// <param name="options">Its settings.</param>
    /// <param name="attemptTimeout">The chain's bound of one attempt (<c>Providers:AttemptTimeout</c>), used unless the provider sets its own.</param>
    public static ProviderSettings Resolve(string name, ProviderOptions options, TimeSpan? attemptTimeout = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var (endpoint, model) = name switch
        {
            ProviderNames.Mistral => ("https://api.mistral.ai/v1", "mistral-small-latest"),
            ProviderNames.OpenAI => ("https://api.openai.com/v1", "gpt-4o-mini"),
            ProviderNames.Ollama => ("http://localhost:11434", "llama3.2"),
            _ => throw new ArgumentException($"Unknown provider '{name}'.", nameof(name)),
        };

        return new ProviderSettings(
            name,
            options.Enabled,
            string.IsNullOrWhiteSpace(options.ApiKey) ? null : options.ApiKey.Trim(),
            new Uri(string.IsNullOrWhiteSpace(options.Endpoint) ? endpoint : options.Endpoint.Trim()),
            string.IsNullOrWhiteSpace(options.Model) ? model : options.Model.Trim(),
            options.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : attemptTimeout ?? ProviderChainOptions.DefaultAttemptTimeout);
    }
}
