using System.Text.Json;
using WhatStyle.WhatsAppBridge.Channels.Personal;
using WhatStyle.WhatsAppBridge.Webhooks;
using static WhatStyle.WhatsAppBridge.Channels.Personal.JsonRead;

namespace WhatStyle.WhatsAppBridge.Channels.Waha;

/// <summary>
/// Reads a WAHA webhook (<c>{event, session, me, payload, engine}</c>) into the bridge's model, for every engine (GOWS,
/// NOWEB, WEBJS): the chat is read from the message id (<c>{fromMe}_{chat}_{ID}[_{participant}]</c> on every engine),
/// since WEBJS puts the owner in <c>from</c> for the owner's messages. See ../shared/fixtures/waha/NOTES.md.
/// </summary>
internal sealed class WahaWebhookParser : IWebhookParser
{
    /// <summary>The events this parser reads; the session set-up subscribes to exactly these.</summary>
    public static readonly IReadOnlyList<string> Events =
        ["message", "message.any", "message.reaction", "message.revoked", "message.edited", "message.ack", "session.status"];

    public WebhookBatch Parse(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var messages = new List<InboundMessage>();
        var statuses = new List<StatusUpdate>();
        var events = new List<WebhookEvent>();
        var kind = Str(root, "event");
        var payload = Obj(root, "payload");
        if (kind is null || payload.ValueKind != JsonValueKind.Object)
        {
            events.Add(new WebhookEvent("unrecognised-body", Truncate(root.GetRawText())));
            return new WebhookBatch(messages, statuses, events);
        }

        var me = Str(Obj(root, "me"), "id");
        string? session = null;
        switch (kind)
        {
            case "message" or "message.any":
                Add(WahaMessageReader.Message(payload, me), payload);
                break;
            case "message.reaction":
                Add(WahaMessageReader.Reaction(payload, me), payload);
                break;
            case "message.revoked":
                Add(WahaMessageReader.Revoked(payload, me), payload);
                break;
            case "message.edited":
                Add(WahaMessageReader.Edited(payload, me), payload);
                break;
            case "message.ack":
                if (Str(payload, "id") is { } ackId && AckStatus(Str(payload, "ackName")) is { } status)
                {
                    statuses.Add(new StatusUpdate(ackId, status, Jid.Person(Str(payload, "to") ?? Str(payload, "from")), null, null, null));
                }
                else
                {
                    events.Add(new WebhookEvent("waha:" + kind, Truncate(payload.GetRawText())));
                }

                break;
            case "session.status":
                session = Str(payload, "status");
                events.Add(new WebhookEvent("waha:session.status", Truncate(payload.GetRawText())));
                break;
            default:
                // Presence, groups, calls, labels…: kept for the owner, nothing to answer.
                events.Add(new WebhookEvent("waha:" + kind, Truncate(payload.GetRawText())));
                break;
        }

        return new WebhookBatch(messages, statuses, events) { SessionStatus = session };

        void Add(InboundMessage? message, JsonElement raw)
        {
            if (message is null)
            {
                events.Add(new WebhookEvent("malformed-message", Truncate(raw.GetRawText())));
            }
            else
            {
                messages.Add(message);
            }
        }
    }

    // WAHA's ack names; the bridge's statuses are the Cloud API's words (StatusRank).
    private static string? AckStatus(string? ackName) => ackName switch
    {
        "SERVER" => "sent",
        "DEVICE" => "delivered",
        "READ" => "read",
        "PLAYED" => "played",
        "ERROR" => "failed",
        _ => null,
    };
}
