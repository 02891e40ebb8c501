using System.Security.Cryptography;
using System.Text;
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
