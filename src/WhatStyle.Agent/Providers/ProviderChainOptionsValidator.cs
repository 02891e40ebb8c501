using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace WhatStyle.Agent.Providers;

/// <summary>Validates <see cref="ProviderChainOptions"/>: ranges, known and unique provider names, absolute URLs.</summary>
/// <remarks>Hand-written because DataAnnotations validation does not descend into the per-provider sections.</remarks>
internal sealed class ProviderChainOptionsValidator : IValidateOptions<ProviderChainOptions>
{
    public ValidateOptionsResult Validate(string? name, ProviderChainOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Annotations(options, ProviderChainOptions.SectionName, failures);

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in options.Order)
        {
            if (ProviderNames.Normalize(entry) is null)
            {
                failures.Add($"Providers:Order has unknown provider '{entry}' (known: {string.Join(", ", ProviderNames.All)}).");
            }
            else if (!seen.Add(entry.Trim()))
            {
                failures.Add($"Providers:Order lists '{entry.Trim()}' twice.");
            }
        }

        foreach (var provider in ProviderNames.All)
        {
            var section = $"{ProviderChainOptions.SectionName}:{Section(provider)}";
            var providerOptions = options.For(provider);
            Annotations(providerOptions, section, failures);
            if (!string.IsNullOrWhiteSpace(providerOptions.Endpoint)
                && (!Uri.TryCreate(providerOptions.Endpoint.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
            {
                // The value is a URL, not a secret, so echoing it helps the user find the typo.
                failures.Add($"{section}:Endpoint must be an absolute http(s) URL, got '{providerOptions.Endpoint}'.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Section(string provider) => provider switch
    {
        ProviderNames.Mistral => "Mistral",
        ProviderNames.OpenAI => "OpenAI",
        _ => "Ollama",
    };

    private static void Annotations(object instance, string section, List<string> failures)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(instance, new ValidationContext(instance), results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(result =>
                $"{section}:{string.Join(",", result.MemberNames)}: {result.ErrorMessage}"));
        }
    }
}
