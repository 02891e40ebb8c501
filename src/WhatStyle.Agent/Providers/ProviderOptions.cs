using System.ComponentModel.DataAnnotations;

namespace WhatStyle.Agent.Providers;

/// <summary>One provider's settings, e.g. <c>Providers:Mistral:{ApiKey,Endpoint,Model,TimeoutSeconds}</c>.</summary>
public sealed class ProviderOptions
{
    /// <summary>False removes the provider from the chain whatever else is set. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The API key (Mistral, OpenAI). When empty, <c>MISTRAL_API_KEY</c> / <c>OPENAI_API_KEY</c> is used; a provider
    /// that needs a key and has none is skipped. Never logged or shown.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>
    /// The base URL. Defaults: Mistral https://api.mistral.ai/v1, OpenAI https://api.openai.com/v1,
    /// Ollama <c>OLLAMA_HOST</c> or http://localhost:11434.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>The model. Defaults: mistral-small-latest, gpt-4o-mini, llama3.2.</summary>
    public string? Model { get; set; }

    /// <summary>The timeout of one attempt, in seconds (capped by the chain's deadline). Default: 20 (Ollama: 45).</summary>
    [Range(1, 600)]
    public int? TimeoutSeconds { get; set; }
}
