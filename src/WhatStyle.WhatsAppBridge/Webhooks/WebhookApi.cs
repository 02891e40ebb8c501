using System.Text.Json;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Configuration;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Telemetry;

namespace WhatStyle.WhatsAppBridge.Webhooks;

/// <summary>The Cloud API callback URL: GET verification handshake and POST event delivery.</summary>
internal static class WebhookApi
{
    /// <summary>Meta's documented maximum payload.</summary>
    public const int MaxBodyBytes = 3 * 1024 * 1024;

    public static IEndpointRouteBuilder MapWebhookApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/webhook");
        group.MapGet("/", Verify);
        group.MapPost("/", ReceiveAsync);
        return app;
    }

    /// <summary>Echoes <c>hub.challenge</c> verbatim (it is not parsed as a number) when mode and token match.</summary>
    internal static IResult Verify(HttpRequest request, IOptions<WhatsAppOptions> options)
    {
        // Query keys contain dots, so they are read by name rather than bound to parameters.
        var mode = request.Query["hub.mode"].ToString();
        var token = request.Query["hub.verify_token"].ToString();
        var challenge = request.Query["hub.challenge"].ToString();
        var expected = options.Value.VerifyToken;
        var tokenMatches = token.Length == expected.Length
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.UTF8.GetBytes(token), System.Text.Encoding.UTF8.GetBytes(expected));
        return mode == "subscribe" && tokenMatches && challenge.Length > 0
            ? TypedResults.Text(challenge, "text/plain")
            : TypedResults.StatusCode(StatusCodes.Status403Forbidden);
    }

    internal static async Task<IResult> ReceiveAsync(
        HttpRequest request, IOptions<WhatsAppOptions> options, InboxWriter inbox, BridgeMetrics metrics, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // The exact received bytes: the signature is over them, and they are what the inbox keeps.
        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!WebhookSignature.IsValid(request.Headers[WebhookSignature.HeaderName], body, options.Value.AppSecret))
        {
            metrics.WebhookRejected("signature");
            return TypedResults.Unauthorized();
        }

        if (!IsJson(body))
        {
            metrics.WebhookRejected("json");
            return TypedResults.BadRequest("The body is not valid JSON.");
        }

        try
        {
            await inbox.AppendAsync(body, cancellationToken);
        }
        catch (IOException)
        {
            // The inbox log could not store it (a full disk): nothing was acknowledged, and 503 makes Meta retry later,
            // by which time the log has recovered by itself.
            return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        metrics.WebhookAccepted();
        return TypedResults.Ok();
    }

    internal static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } length and <= MaxBodyBytes)
        {
            // The usual case (Meta sends Content-Length, which Kestrel enforces): one exact allocation, no growing buffer.
            var exact = new byte[length];
            await request.Body.ReadExactlyAsync(exact, cancellationToken);
            return exact;
        }

        using var buffer = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    // On the acknowledgement path: the reader validates the whole body (including trailing garbage after the value)
    // without building the document the inbox processor builds later anyway.
    internal static bool IsJson(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            while (reader.Read())
            {
            }

            return reader.BytesConsumed > 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
