using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace WhatStyle.Agent.Providers;

/// <summary>
/// Fills what plain binding cannot: the usual environment variables (<c>MISTRAL_API_KEY</c>, <c>OPENAI_API_KEY</c>,
/// <c>OLLAMA_HOST</c>) when the section leaves them empty, and a comma-separated <c>Providers:Order</c>.
/// </summary>
/// <remarks>Reads them through configuration, so tests use in-memory settings instead of the process environment.</remarks>
internal sealed class ProviderChainOptionsSetup(IConfiguration configuration) : IPostConfigureOptions<ProviderChainOptions>
{
    public void PostConfigure(string? name, ProviderChainOptions options)
    {
        var order = configuration[$"{ProviderChainOptions.SectionName}:Order"];
        if (!string.IsNullOrWhiteSpace(order) && options.Order.Count == 0)
        {
            foreach (var entry in order.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                options.Order.Add(entry);
            }
        }

        options.Mistral.ApiKey = FirstNonEmpty(options.Mistral.ApiKey, configuration["MISTRAL_API_KEY"]);
        options.OpenAI.ApiKey = FirstNonEmpty(options.OpenAI.ApiKey, configuration["OPENAI_API_KEY"]);
        options.Ollama.Endpoint = FirstNonEmpty(options.Ollama.Endpoint, NormalizeOllamaHost(configuration["OLLAMA_HOST"]));
    }

    /// <summary>OLLAMA_HOST is often "host:port" or "0.0.0.0" (a bind address), not a URL: make it one we can call.</summary>
    internal static string? NormalizeOllamaHost(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return null;
        }

        var value = host.Trim();
        var hasScheme = value.Contains("://", StringComparison.Ordinal);
        if (!hasScheme)
        {
            value = "http://" + value;
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            return host.Trim();
        }

        var builder = new UriBuilder(uri);
        if (builder.Host is "0.0.0.0" or "[::]" or "::")
        {
            builder.Host = "127.0.0.1";
        }

        // A bare host means Ollama's own port; a full URL says exactly where to go.
        if (!hasScheme && uri.IsDefaultPort && !host.Contains(":" + uri.Port, StringComparison.Ordinal))
        {
            builder.Port = 11434;
        }

        return builder.Uri.ToString().TrimEnd('/');
    }

    private static string? FirstNonEmpty(string? first, string? second) =>
        !string.IsNullOrWhiteSpace(first) ? first.Trim() : string.IsNullOrWhiteSpace(second) ? null : second.Trim();
}
