using System.Text.Json;
using WhatStyle.WhatsAppBridge.Channels.Personal;
using WhatStyle.WhatsAppBridge.Webhooks;
using static WhatStyle.WhatsAppBridge.Channels.Personal.JsonRead;

namespace WhatStyle.WhatsAppBridge.Channels.Evolution;

/// <summary>
/// Reads an Evolution API webhook (<c>{event, instance, data, sender, apikey}</c>) into the bridge's model:
/// <c>messages.upsert</c> (messages, reactions, revokes and edits as Baileys protocol messages),
/// <c>messages.update</c> (delivery states) and <c>connection.update</c> (the session). See ../shared/fixtures/evolution/NOTES.md.
/// </summary>
internal sealed class EvolutionWebhookParser : IWebhookParser
{
    public WebhookBatch Parse(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var messages = new List<InboundMessage>();
        var statuses = new List<StatusUpdate>();
        var events = new List<WebhookEvent>();
        // With "webhook by events" Evolution spells them MESSAGES_UPSERT; the body's own name is messages.upsert.
        var kind = Str(root, "event")?.ToLowerInvariant().Replace('_', '.');
        if (kind is null || !root.TryGetProperty("data", out var data))
        {
            events.Add(new WebhookEvent("unrecognised-body", Truncate(root.GetRawText())));
            return new WebhookBatch(messages, statuses, events);
        }

        var owner = Str(root, "sender");
        string? session = null;
        switch (kind)
        {
            case "messages.upsert":
                foreach (var item in Items(data))
                {
                    if (EvolutionMessageReader.Read(item, owner) is { } message)
                    {
                        messages.Add(message);
                    }
                    else
                    {
                        events.Add(new WebhookEvent("malformed-message", Truncate(item.GetRawText())));
                    }
                }

                break;
            case "messages.update":
                foreach (var item in Items(data))
                {
                    var id = Str(item, "keyId") ?? Str(Obj(item, "key"), "id");
                    if (id is not null && Status(Str(item, "status")) is { } status)
                    {
                        statuses.Add(new StatusUpdate(id, status, Jid.Person(Str(item, "remoteJid")), null, null, null));
                    }
                    else
                    {
                        events.Add(new WebhookEvent("evolution:" + kind, Truncate(item.GetRawText())));
                    }
                }

                break;
            case "connection.update":
                session = Str(data, "state") switch
                {
                    "open" => Channels.ChannelSession.Working,
                    "connecting" => "STARTING",
                    "close" => "STOPPED",
                    _ => null,
                };
                events.Add(new WebhookEvent("evolution:connection.update", Truncate(data.GetRawText())));
                break;
            case "qrcode.updated":
                session = Channels.ChannelSession.ScanQrCode;
                events.Add(new WebhookEvent("evolution:qrcode.updated", "{}")); // The QR itself is a credential: not kept.
                break;
            default:
                events.Add(new WebhookEvent("evolution:" + kind, Truncate(data.GetRawText())));
                break;
        }

        return new WebhookBatch(messages, statuses, events) { SessionStatus = session };
    }

    private static IEnumerable<JsonElement> Items(JsonElement data) =>
        data.ValueKind == JsonValueKind.Array ? data.EnumerateArray().ToList()
        : data.ValueKind == JsonValueKind.Object ? [data]
        : [];

    // Baileys' ack names; the bridge's statuses are the Cloud API's words (StatusRank).
    private static string? Status(string? status) => status switch
    {
        "SERVER_ACK" => "sent",
        "DELIVERY_ACK" => "delivered",
        "READ" => "read",
        "PLAYED" => "played",
        "ERROR" => "failed",
        _ => null,
    };
}
