namespace WhatStyle.WhatsAppBridge.Channels.Evolution;

/// <summary>The Evolution API connection (section <c>Evolution</c>), used when <c>WhatsApp:Channel</c> is <c>evolution</c>.</summary>
/// <remarks>Secrets (<see cref="ApiKey"/>, <see cref="WebhookApiKey"/>, <see cref="WebhookToken"/>) are never logged or echoed.</remarks>
internal sealed class EvolutionOptions
{
    public const string SectionName = "Evolution";

    /// <summary>Evolution API's address, e.g. <c>http://127.0.0.1:8081</c>. Required.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The instance's key, sent as header <c>apikey</c>. Required.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>The instance name (the <c>{instance}</c> path segment). Required.</summary>
    public string Instance { get; set; } = "";

    /// <summary>
    /// The <c>apikey</c> every webhook body carries (the instance's key), compared in constant time. Either this or
    /// <see cref="WebhookToken"/> is required.
    /// </summary>
    public string WebhookApiKey { get; set; } = "";

    /// <summary>A secret path segment: Evolution posts to <c>/webhook/evolution/{token}</c>. Required when there is no webhook API key.</summary>
    public string WebhookToken { get; set; } = "";

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (BaseUrl is null)
        {
            problems.Add($"missing {SectionName}:{nameof(BaseUrl)}");
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            problems.Add($"missing {SectionName}:{nameof(ApiKey)}");
        }

        if (string.IsNullOrWhiteSpace(Instance))
        {
            problems.Add($"missing {SectionName}:{nameof(Instance)}");
        }

        if (string.IsNullOrWhiteSpace(WebhookApiKey) && string.IsNullOrWhiteSpace(WebhookToken))
        {
            problems.Add($"missing {SectionName}:{nameof(WebhookApiKey)} (or {SectionName}:{nameof(WebhookToken)}, a secret in the webhook URL)");
        }

        return problems;
    }
}
