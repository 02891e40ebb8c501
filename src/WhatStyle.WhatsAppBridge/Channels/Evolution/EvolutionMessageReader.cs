using System.Text.Json;
using WhatStyle.WhatsAppBridge.Channels.Personal;
using WhatStyle.WhatsAppBridge.Webhooks;
using static WhatStyle.WhatsAppBridge.Channels.Personal.JsonRead;

namespace WhatStyle.WhatsAppBridge.Channels.Evolution;

/// <summary>Reads one <c>messages.upsert</c> item (<c>{key, pushName, message, messageType, messageTimestamp}</c>).</summary>
internal static class EvolutionMessageReader
{
    public static InboundMessage? Read(JsonElement item, string? owner)
    {
        var key = Obj(item, "key");
        var id = Str(key, "id");
        var chat = Str(key, "remoteJid");
        if (id is null || chat is null)
        {
            return null;
        }

        var fromMe = True(key, "fromMe");
        var group = Jid.IsGroup(chat) ? chat : null;
        // In LID chats the phone form rides along: the person is one contact whichever id WhatsApp used.
        var sender = group is null
            ? Phone(chat, Str(key, "remoteJidAlt"))
            : fromMe ? owner : Phone(Str(key, "participant"), Str(key, "participantAlt"));
        var message = Obj(item, "message");
        var type = Str(item, "messageType") ?? FirstProperty(message) ?? "unknown";
        var (text, note, target, edited, kind) = Describe(type, message);
        var context = Context(item, message, type);
        return new InboundMessage
        {
            Id = id,
            Type = kind,
            Chat = chat,
            From = Jid.Person(sender),
            Group = group,
            SenderName = fromMe ? null : Str(item, "pushName"),
            PhoneNumberId = "",
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            Note = note,
            ContextId = Str(context, "stanzaId"),
            TargetId = target,
            EditedText = edited,
            Timestamp = UnixTime(item, "messageTimestamp"),
            Raw = Truncate(item.GetRawText()),
            FromMe = fromMe,
            AddressesOwner = group is null || AddressesOwner(context, owner),
        };
    }

    private static string? Phone(string? jid, string? alt) => Jid.IsLid(jid) && Jid.IsPhone(alt) ? alt : jid;

    private static (string? Text, string? Note, string? Target, string? Edited, string Kind) Describe(string type, JsonElement message)
    {
        var body = Obj(message, type);
        switch (type)
        {
            case "conversation":
                return (Str(message, "conversation"), null, null, null, "text");
            case "extendedTextMessage":
                return (Str(body, "text"), null, null, null, "text");
            case "imageMessage":
                return (Str(body, "caption") ?? "[photo]", MediaNote(message), null, null, "image");
            case "videoMessage":
                return (Str(body, "caption") ?? "[video]", MediaNote(message), null, null, "video");
            case "audioMessage":
                return ("[voice message]", MediaNote(message), null, null, "audio");
            case "documentMessage" or "documentWithCaptionMessage":
                return (Str(body, "caption") ?? "[document]", MediaNote(message), null, null, "document");
            case "stickerMessage":
                return ("[sticker]", MediaNote(message), null, null, "sticker");
            case "locationMessage":
                return ("[location]", null, null, null, "location");
            case "contactMessage" or "contactsArrayMessage":
                return ("[contact card]", null, null, null, "contacts");
            case "reactionMessage":
                var emoji = Str(body, "text");
                return (null, string.IsNullOrEmpty(emoji) ? "reaction removed" : $"reaction {emoji}", Str(Obj(body, "key"), "id"), null, "reaction");
            case "protocolMessage":
                return Protocol(body);
            case "editedMessage":
                return Protocol(Obj(Obj(body, "message"), "protocolMessage"));
            default:
                return (null, $"unknown type '{type}'", null, null, type);
        }
    }

    /// <summary>Revokes (<c>REVOKE</c>, 0) and edits (<c>MESSAGE_EDIT</c>, 14) arrive as protocol messages naming their target.</summary>
    private static (string?, string?, string?, string?, string) Protocol(JsonElement protocol)
    {
        var target = Str(Obj(protocol, "key"), "id");
        var kind = protocol.ValueKind == JsonValueKind.Object && protocol.TryGetProperty("type", out var t)
            ? t.ValueKind == JsonValueKind.String ? t.GetString() : t.ValueKind == JsonValueKind.Number ? t.GetRawText() : null
            : null;
        if (kind is "REVOKE" or "0")
        {
            return (null, "revoke", target, null, "revoke");
        }

        if (kind is "MESSAGE_EDIT" or "14")
        {
            var edited = Obj(protocol, "editedMessage");
            var text = Str(edited, "conversation") ?? Str(Obj(edited, "extendedTextMessage"), "text");
            return (null, "edit", target, text, "edit");
        }

        return (null, $"protocol message {kind ?? "unknown"}", null, null, "system");
    }

    // With S3 Evolution puts a mediaUrl on the message, with base64 webhooks the bytes; otherwise only the kind is known.
    private static string? MediaNote(JsonElement message) =>
        Str(message, "mediaUrl") is null && Str(message, "base64") is null ? "media without URL" : null;

    private static JsonElement Context(JsonElement item, JsonElement message, string type)
    {
        var inner = Obj(Obj(message, type), "contextInfo");
        return inner.ValueKind == JsonValueKind.Object ? inner : Obj(item, "contextInfo");
    }

    private static bool AddressesOwner(JsonElement context, string? owner)
    {
        if (owner is null || context.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (Same(Str(context, "participant"), owner))
        {
            return true;
        }

        return context.TryGetProperty("mentionedJid", out var mentioned) && mentioned.ValueKind == JsonValueKind.Array
            && mentioned.EnumerateArray().Any(j => j.ValueKind == JsonValueKind.String && Same(j.GetString(), owner));
    }

    private static string? FirstProperty(JsonElement message) =>
        message.ValueKind == JsonValueKind.Object ? message.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n != "messageContextInfo") : null;

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Jid.Person(a), Jid.Person(b), StringComparison.Ordinal);
}
