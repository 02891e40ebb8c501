namespace WhatStyle.WhatsAppBridge.Channels.Waha;

/// <summary>The WAHA (WhatsApp HTTP API) connection (section <c>Waha</c>), used when <c>WhatsApp:Channel</c> is <c>waha</c>.</summary>
/// <remarks>Secrets (<see cref="ApiKey"/>, <see cref="WebhookHmacKey"/>, <see cref="WebhookToken"/>) are never logged or echoed.</remarks>
internal sealed class WahaOptions
{
    public const string SectionName = "Waha";

    /// <summary>WAHA's address, e.g. <c>http://127.0.0.1:3000</c>. Required.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>Sent as <c>X-Api-Key</c> on every request (WAHA's <c>WAHA_API_KEY</c>).</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>The session name; default <c>default</c>.</summary>
    public string Session { get; set; } = "default";

    /// <summary>Key of <c>X-Webhook-Hmac</c> (hex HMAC-SHA512 of the body). Either this or <see cref="WebhookToken"/> is required.</summary>
    public string WebhookHmacKey { get; set; } = "";

    /// <summary>A secret path segment: WAHA posts to <c>/webhook/waha/{token}</c>. Required when there is no HMAC key.</summary>
    public string WebhookToken { get; set; } = "";

    /// <summary>The bridge's address as WAHA reaches it, for the session set-up, e.g. <c>http://bridge:8080</c>.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>
    /// At start, create or update the WAHA session with the bridge's webhook (URL, events, HMAC key) and start it, then
    /// say how to scan the QR; needs <see cref="PublicBaseUrl"/>. Default false: the bridge leaves WAHA's sessions alone.
    /// </summary>
    public bool SetUpSession { get; set; }

    /// <summary>Stickers through <c>/api/sendSticker</c> (WAHA 2026.8.2 and later) instead of <c>/api/sendImage</c>.</summary>
    public bool UseSendSticker { get; set; }

    /// <summary>The problems of this configuration, as one-line sentences naming the keys (never their values).</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (BaseUrl is null)
        {
            problems.Add($"missing {SectionName}:{nameof(BaseUrl)}");
        }

        if (string.IsNullOrWhiteSpace(WebhookHmacKey) && string.IsNullOrWhiteSpace(WebhookToken))
        {
            problems.Add($"missing {SectionName}:{nameof(WebhookHmacKey)} (or {SectionName}:{nameof(WebhookToken)}, a secret in the webhook URL)");
        }

        if (SetUpSession && PublicBaseUrl is null)
        {
            problems.Add($"missing {SectionName}:{nameof(PublicBaseUrl)} (the bridge's address as WAHA reaches it; {SectionName}:{nameof(SetUpSession)} needs it)");
        }

        if (string.IsNullOrWhiteSpace(Session))
        {
            problems.Add($"missing {SectionName}:{nameof(Session)}");
        }

        return problems;
    }
}
