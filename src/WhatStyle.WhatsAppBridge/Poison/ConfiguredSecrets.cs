using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Configuration;

namespace WhatStyle.WhatsAppBridge.Poison;

/// <summary>
/// Every secret value the bridge process is configured with, for <see cref="FailureReason.Describe"/> to cut out of
/// stored failure reasons: the WhatsApp secrets, and every configuration value whose key names a secret, whichever
/// section it is in (Providers:*:ApiKey, Storage:Password, Mcp:ApiKey, an OPENAI_API_KEY environment variable, ...).
/// Matched by key name rather than by listing option types, so a provider or option added later is covered too.
/// </summary>
internal sealed class ConfiguredSecrets
{
    /// <summary>Key endings (last segment, any case) whose value is a secret.</summary>
    private static readonly string[] SecretKeyEndings = ["apikey", "api_key", "accesskey", "secret", "token", "password", "pwd", "connectionstring"];

    public ConfiguredSecrets(IConfiguration configuration, IOptions<WhatsAppOptions> whatsApp)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(whatsApp);
        var w = whatsApp.Value;
        Values = [.. configuration.AsEnumerable()
            .Where(pair => pair.Value is { Length: >= 4 } && IsSecretKey(pair.Key))
            .Select(pair => pair.Value!)
            .Concat([w.AppSecret, w.AccessToken, w.VerifyToken])
            .Where(value => value.Length >= 4)
            .Distinct(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> Values { get; }

    internal static bool IsSecretKey(string key)
    {
        var last = key[(key.LastIndexOf(':') + 1)..];
        return SecretKeyEndings.Any(ending => last.EndsWith(ending, StringComparison.OrdinalIgnoreCase));
    }
}
