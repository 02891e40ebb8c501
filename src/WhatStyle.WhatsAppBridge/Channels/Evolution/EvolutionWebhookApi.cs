using System.Text.Json;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Channels.Personal;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Telemetry;

namespace WhatStyle.WhatsAppBridge.Channels.Evolution;

/// <summary>
/// <c>POST /webhook/evolution</c>: the body's top-level <c>apikey</c> must equal <c>Evolution:WebhookApiKey</c>; without
/// one, Evolution posts to <c>/webhook/evolution/{Evolution:WebhookToken}</c>. Anything else is 401.
/// </summary>
internal static class EvolutionWebhookApi
{
    public const string Path = "/webhook/evolution";

    public static IEndpointRouteBuilder MapEvolutionWebhook(this IEndpointRouteBuilder app)
    {
        app.MapPost(Path, (HttpRequest request, IOptions<EvolutionOptions> options, InboxWriter inbox, BridgeMetrics metrics, CancellationToken ct) =>
            WebhookIntake.AcceptAsync(request, body => IsAuthentic(null, body, options.Value), inbox, metrics, ct));
        app.MapPost(Path + "/{token}", (string token, HttpRequest request, IOptions<EvolutionOptions> options, InboxWriter inbox, BridgeMetrics metrics, CancellationToken ct) =>
            WebhookIntake.AcceptAsync(request, body => IsAuthentic(token, body, options.Value), inbox, metrics, ct));
        return app;
    }

    internal static bool IsAuthentic(string? token, byte[] body, EvolutionOptions options)
    {
        if (!string.IsNullOrEmpty(options.WebhookApiKey))
        {
            return WebhookIntake.SecretMatches(TopLevelApiKey(body), options.WebhookApiKey)
                && (string.IsNullOrEmpty(options.WebhookToken) || token is null || WebhookIntake.SecretMatches(token, options.WebhookToken));
        }

        return WebhookIntake.SecretMatches(token, options.WebhookToken);
    }

    /// <summary>The top-level <c>apikey</c> string, read without building a document (this runs on the acknowledgement path).</summary>
    internal static string? TopLevelApiKey(byte[] body)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isKey = reader.ValueTextEquals("apikey"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isKey)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }
}
