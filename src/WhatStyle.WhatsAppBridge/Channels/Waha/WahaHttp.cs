namespace WhatStyle.WhatsAppBridge.Channels.Waha;

/// <summary>Every call to WAHA (sends, LID lookups, the session set-up) goes to its base URL with <c>X-Api-Key</c>.</summary>
internal static class WahaHttp
{
    public const string ApiKeyHeader = "X-Api-Key";

    /// <summary>Points <paramref name="http"/> at WAHA (unless it already has an address) with the API key, when one is set.</summary>
    public static HttpClient For(HttpClient http, WahaOptions options)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        http.BaseAddress ??= options.BaseUrl;
        if (!string.IsNullOrEmpty(options.ApiKey))
        {
            http.DefaultRequestHeaders.Add(ApiKeyHeader, options.ApiKey);
        }

        return http;
    }
}
