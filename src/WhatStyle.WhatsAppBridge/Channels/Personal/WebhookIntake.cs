using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Telemetry;
using WhatStyle.WhatsAppBridge.Webhooks;

namespace WhatStyle.WhatsAppBridge.Channels.Personal;

/// <summary>
/// The acknowledgement path every channel's webhook shares: size limit, the channel's own authentication over the exact
/// received bytes (401 when it fails), JSON check (400), then the inbox log's fsync before the 200. Nothing else runs here.
/// </summary>
internal static class WebhookIntake
{
    /// <summary>
    /// Maps a personal channel's webhook at <paramref name="path"/> and at <c>path/{token}</c> (engines that cannot sign
    /// their posts carry a secret token in the URL instead); <paramref name="isAuthentic"/> judges the request, the token
    /// from the URL (null on the plain path) and the exact received bytes.
    /// </summary>
    public static IEndpointRouteBuilder MapPersonalWebhook<TOptions>(
        this IEndpointRouteBuilder app, string path, Func<HttpRequest, string?, byte[], TOptions, bool> isAuthentic)
        where TOptions : class
    {
        app.MapPost(path, (HttpRequest request, IOptions<TOptions> options, InboxWriter inbox, BridgeMetrics metrics, CancellationToken ct) =>
            AcceptAsync(request, body => isAuthentic(request, null, body, options.Value), inbox, metrics, ct));
        app.MapPost(path + "/{token}", (string token, HttpRequest request, IOptions<TOptions> options, InboxWriter inbox, BridgeMetrics metrics, CancellationToken ct) =>
            AcceptAsync(request, body => isAuthentic(request, token, body, options.Value), inbox, metrics, ct));
        return app;
    }

    /// <summary>
    /// The rule both personal channels share. A key carried by the request itself (a signature, a body field), when one
    /// is configured, is what counts: a URL token can leak into proxy logs, so it only stands in for the key. With both
    /// configured, a URL token that is presented must match as well. Without a key, the URL token must match.
    /// </summary>
    public static bool IsAuthentic(string? configuredKey, Func<string, bool> keyMatches, string? token, string configuredToken)
    {
        ArgumentNullException.ThrowIfNull(keyMatches);
        if (!string.IsNullOrEmpty(configuredKey))
        {
            return keyMatches(configuredKey)
                && (string.IsNullOrEmpty(configuredToken) || token is null || SecretMatches(token, configuredToken));
        }

        return SecretMatches(token, configuredToken);
    }

    public static async Task<IResult> AcceptAsync(
        HttpRequest request, Func<byte[], bool> authenticated, InboxWriter inbox, BridgeMetrics metrics, CancellationToken cancellationToken)
    {
        if (request.ContentLength > WebhookApi.MaxBodyBytes)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        var body = await WebhookApi.ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!authenticated(body))
        {
            metrics.WebhookRejected("signature");
            return TypedResults.Unauthorized();
        }

        if (!WebhookApi.IsJson(body))
        {
            metrics.WebhookRejected("json");
            return TypedResults.BadRequest("The body is not valid JSON.");
        }

        await inbox.AppendAsync(body, cancellationToken);
        metrics.WebhookAccepted();
        return TypedResults.Ok();
    }

    /// <summary>Constant-time comparison of a presented secret with the configured one; an empty configured secret matches nothing.</summary>
    public static bool SecretMatches(string? presented, string configured)
    {
        if (string.IsNullOrEmpty(configured) || presented is null)
        {
            return false;
        }

        // Hashing first gives equal lengths, so the comparison time says nothing about the secret's length either.
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
    }
}
