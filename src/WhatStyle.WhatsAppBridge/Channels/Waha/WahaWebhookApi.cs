using WhatStyle.WhatsAppBridge.Channels.Personal;

namespace WhatStyle.WhatsAppBridge.Channels.Waha;

/// <summary>
/// <c>POST /webhook/waha</c>: with <c>Waha:WebhookHmacKey</c> set, <c>X-Webhook-Hmac</c> must match; without one, WAHA
/// posts to <c>/webhook/waha/{Waha:WebhookToken}</c> and the token must match. Anything else is 401.
/// </summary>
internal static class WahaWebhookApi
{
    public const string Path = "/webhook/waha";

    public static IEndpointRouteBuilder MapWahaWebhook(this IEndpointRouteBuilder app) =>
        app.MapPersonalWebhook<WahaOptions>(Path, IsAuthentic);

    internal static bool IsAuthentic(HttpRequest request, string? token, byte[] body, WahaOptions options) =>
        WebhookIntake.IsAuthentic(
            options.WebhookHmacKey, key => WahaSignature.IsValid(request.Headers[WahaSignature.HeaderName], body, key), token, options.WebhookToken);
}
