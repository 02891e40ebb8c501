using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Agent.Providers;

/// <summary>The provider chain's settings, bound from the <c>Providers</c> configuration section.</summary>
public sealed class ProviderChainOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string SectionName = "Providers";

    /// <summary>
    /// The providers to try, in order. Default (when empty): mistral, openai, ollama. Also accepts one
    /// comma-separated value (<c>Providers__Order=openai,ollama</c>). The offline responder always comes after.
    /// </summary>
    public IList<string> Order { get; } = [];

    /// <summary>The budget for one model call across every attempt, in seconds. Default: 60.</summary>
    [Range(1, 3600)]
    public int DeadlineSeconds { get; set; } = 60;

    /// <summary>The default bound of one attempt at one provider: <see cref="DefaultAttemptTimeout"/>.</summary>
    public static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromSeconds(8);

    /// <summary>
    /// How long one attempt at one provider may take before the chain fails over to the next, so a hung provider costs at
    /// most this, not the whole <see cref="DeadlineSeconds"/>. A provider's own <c>TimeoutSeconds</c> overrides it (e.g. a
    /// local Ollama model on a slow CPU). Default: 8 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan AttemptTimeout { get; set; } = DefaultAttemptTimeout;

    /// <summary>The first cooldown after a transient failure without Retry-After, in seconds; doubles per consecutive failure. Default: 15.</summary>
    [Range(1, 3600)]
    public int CooldownSeconds { get; set; } = 15;

    /// <summary>The longest cooldown, Retry-After included, in seconds. Default: 300.</summary>
    [Range(1, 86400)]
    public int MaxCooldownSeconds { get; set; } = 300;

    /// <summary>How long the Ollama reachability probe may take, in milliseconds. Default: 500.</summary>
    [Range(50, 10000)]
    public int OllamaProbeTimeoutMilliseconds { get; set; } = 500;

    /// <summary>How long a reachability probe result is reused, in seconds. Default: 30.</summary>
    [Range(0, 3600)]
    public int OllamaProbeCacheSeconds { get; set; } = 30;

    /// <summary>Mistral settings (<c>Providers:Mistral</c>).</summary>
    public ProviderOptions Mistral { get; set; } = new();

    /// <summary>OpenAI settings (<c>Providers:OpenAI</c>).</summary>
    public ProviderOptions OpenAI { get; set; } = new();

    /// <summary>Ollama settings (<c>Providers:Ollama</c>).</summary>
    public ProviderOptions Ollama { get; set; } = new();

    /// <summary>The settings of the named provider.</summary>
    public ProviderOptions For(string provider) => ProviderNames.Normalize(provider) switch
    {
        ProviderNames.Mistral => Mistral,
        ProviderNames.OpenAI => OpenAI,
        ProviderNames.Ollama => Ollama,
        _ => throw new ArgumentException($"Unknown provider '{provider}'.", nameof(provider)),
    };

    /// <summary>The order actually used: <see cref="Order"/> normalized, or the default order when empty.</summary>
    public IReadOnlyList<string> EffectiveOrder() =>
        Order.Count == 0 ? ProviderNames.All : Order.Select(name => ProviderNames.Normalize(name) ?? name.Trim()).ToList();
}
