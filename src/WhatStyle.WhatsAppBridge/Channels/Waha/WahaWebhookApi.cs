using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Channels.Personal;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Telemetry;

namespace WhatStyle.WhatsAppBridge.Channels.Waha;

/// <summary>
/// <c>POST /webhook/waha</c>: with <c>Waha:WebhookHmacKey</c> set, <c>X-Webhook-Hmac</c> must match; without one, WAHA
/// posts to <c>/webhook/waha/{Waha:WebhookToken}</c> and the token must match. Anything else is 401.
/// </summary>
internal static class WahaWebhookApi
{
    public const string Path = "/webhook/waha";

    public static IEndpointRouteBuilder MapWahaWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, (HttpRequest request, IOptions<WahaOptions> options, InboxWriter inbox, BridgeMetrics metrics, CancellationToken ct) =>
            ReceiveAsync(request, null, options.Value, inbox, metrics, ct));
        app.MapPost(Path + "/{token}", (string token, HttpRequest request, IOptions<WahaOptions> options, InboxWriter inbox, BridgeMetrics metrics, CancellationToken ct) =>
            ReceiveAsync(request, token, options.Value, inbox, metrics, ct));
        return app;
    }

    private static Task<IResult> ReceiveAsync(
        HttpRequest request, string? token, WahaOptions options, InboxWriter inbox, BridgeMetrics metrics, CancellationToken cancellationToken) =>
        WebhookIntake.AcceptAsync(request, body => IsAuthentic(request, token, body, options), inbox, metrics, cancellationToken);

    internal static bool IsAuthentic(HttpRequest request, string? token, byte[] body, WahaOptions options)
    {
        // The HMAC, when configured, is what counts (a URL token can leak into proxy logs); the token only stands in for it.
        if (!string.IsNullOrEmpty(options.WebhookHmacKey))
        {
            return WahaSignature.IsValid(request.Headers[WahaSignature.HeaderName], body, options.WebhookHmacKey)
                && (string.IsNullOrEmpty(options.WebhookToken) || token is null || WebhookIntake.SecretMatches(token, options.WebhookToken));
        }

        return WebhookIntake.SecretMatches(token, options.WebhookToken);
    }
}
