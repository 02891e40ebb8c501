namespace WhatStyle.Agent.Providers;

/// <summary>The names of the providers the chain knows, as used in <c>Providers:Order</c> and in responses.</summary>
public static class ProviderNames
{
    /// <summary>Mistral, through its OpenAI-compatible endpoint.</summary>
    public const string Mistral = "mistral";

    /// <summary>OpenAI.</summary>
    public const string OpenAI = "openai";

    /// <summary>A local or remote Ollama server.</summary>
    public const string Ollama = "ollama";

    /// <summary>Every known provider, in the default order.</summary>
    public static IReadOnlyList<string> All { get; } = [Mistral, OpenAI, Ollama];

    /// <summary>Returns the canonical name for <paramref name="name"/>, or null when it is not a known provider.</summary>
    public static string? Normalize(string? name) =>
        All.FirstOrDefault(known => string.Equals(known, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
