using WhatStyle.WhatsAppBridge.Webhooks;

namespace WhatStyle.WhatsAppBridge.Channels;

/// <summary>Reads the active channel's webhook bodies into the bridge's one model. Tolerant: what it does not understand becomes an event.</summary>
internal interface IWebhookParser
{
    /// <exception cref="System.Text.Json.JsonException">The body is not JSON.</exception>
    WebhookBatch Parse(ReadOnlySpan<byte> body);
}
