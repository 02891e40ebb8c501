using System.Text.Json;
using WhatStyle.WhatsAppBridge.Channels.Personal;

namespace WhatStyle.WhatsAppBridge.Channels.Evolution;

/// <summary>
/// <c>POST /webhook/evolution</c>: the body's top-level <c>apikey</c> must equal <c>Evolution:WebhookApiKey</c>; without
/// one, Evolution posts to <c>/webhook/evolution/{Evolution:WebhookToken}</c>. Anything else is 401.
/// </summary>
internal static class EvolutionWebhookApi
{
    public const string Path = "/webhook/evolution";

    public static IEndpointRouteBuilder MapEvolutionWebhook(this IEndpointRouteBuilder app) =>
        app.MapPersonalWebhook<EvolutionOptions>(Path, (_, token, body, options) => IsAuthentic(token, body, options));

    internal static bool IsAuthentic(string? token, byte[] body, EvolutionOptions options) =>
        WebhookIntake.IsAuthentic(
            options.WebhookApiKey, key => WebhookIntake.SecretMatches(TopLevelApiKey(body), key), token, options.WebhookToken);

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
        catch (InvalidOperationException)
        {
            // A key with half a surrogate pair or bytes that are not UTF-8 cannot be read, so it cannot match: 401,
            // not an unhandled exception and a 500 on the acknowledgement path.
            return null;
        }

        return null;
    }
}
