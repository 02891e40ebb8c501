using System.Text.Json;
using WhatStyle.WhatsAppBridge.Channels.Personal;
using WhatStyle.WhatsAppBridge.Webhooks;
using static WhatStyle.WhatsAppBridge.Channels.Personal.JsonRead;

namespace WhatStyle.WhatsAppBridge.Channels.Waha;

/// <summary>Reads WAHA's message payloads (<c>WAMessage</c>, reactions, revokes, edits) into <see cref="InboundMessage"/>.</summary>
internal static class WahaMessageReader
{
    /// <summary>A <c>message</c> / <c>message.any</c> payload; null without an id (it could not be deduplicated).</summary>
    public static InboundMessage? Message(JsonElement payload, string? me)
    {
        if (Str(payload, "id") is not { } id)
        {
            return null;
        }

        var (chat, group, sender, fromMe) = Who(payload, id, me);
        var body = Str(payload, "body");
        var (type, text, note) = Describe(payload, body);
        var replyTo = Obj(payload, "replyTo");
        return new InboundMessage
        {
            Id = id,
            Type = type,
            Chat = chat,
            From = Jid.Person(sender),
            Group = group,
            SenderName = fromMe ? null : PushName(payload),
            PhoneNumberId = "",
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            Note = note,
            ContextId = Str(replyTo, "id"),
            Timestamp = UnixTime(payload, "timestamp"),
            Raw = Truncate(payload.GetRawText()),
            FromMe = fromMe,
            SentThroughApi = Str(payload, "source") == "api",
            AddressesOwner = group is null || AddressesOwner(payload, body, replyTo, me),
        };
    }

    public static InboundMessage? Reaction(JsonElement payload, string? me)
    {
        if (Str(payload, "id") is not { } id)
        {
            return null;
        }

        var (chat, group, sender, fromMe) = Who(payload, id, me);
        var reaction = Obj(payload, "reaction");
        var emoji = Str(reaction, "text");
        return Stored(payload, id, "reaction", chat, group, sender, fromMe,
            string.IsNullOrEmpty(emoji) ? "reaction removed" : $"reaction {emoji}", Str(reaction, "messageId"), null);
    }

    /// <summary><c>{after, before, revokedMessageId}</c>: the revoked message is named by id (and by <c>before</c> when the engine kept it).</summary>
    public static InboundMessage? Revoked(JsonElement payload, string? me)
    {
        var before = Obj(payload, "before");
        var after = Obj(payload, "after");
        var target = Str(before, "id") ?? Str(payload, "revokedMessageId");
        if (target is null)
        {
            return null;
        }

        var source = after.ValueKind == JsonValueKind.Object ? after : before;
        var id = Str(after, "id") ?? $"revoked:{target}";
        var (chat, group, sender, fromMe) = Who(source, Str(source, "id") ?? target, me);
        return Stored(payload, id, "revoke", chat, group, sender, fromMe, "revoke", target, null);
    }

    /// <summary>Flat <c>{id, body, editedMessageId, …}</c>: the new text and the message it replaces.</summary>
    public static InboundMessage? Edited(JsonElement payload, string? me)
    {
        if (Str(payload, "id") is not { } id || Str(payload, "editedMessageId") is not { } target)
        {
            return null;
        }

        var (chat, group, sender, fromMe) = Who(payload, id, me);
        return Stored(payload, id, "edit", chat, group, sender, fromMe, "edit", target, Str(payload, "body"));
    }

    private static InboundMessage Stored(
        JsonElement payload, string id, string type, string? chat, string? group, string? sender, bool fromMe, string note, string? target, string? edited) => new()
    {
        Id = id,
        Type = type,
        Chat = chat,
        From = Jid.Person(sender),
        Group = group,
        PhoneNumberId = "",
        Note = note,
        TargetId = target,
        EditedText = edited,
        Timestamp = UnixTime(payload, "timestamp"),
        Raw = Truncate(payload.GetRawText()),
        FromMe = fromMe,
    };

    /// <summary>
    /// The chat, group, sender and direction. The chat comes from the id's second part when it has the documented form,
    /// else from <c>from</c> (GOWS, NOWEB) or, for the owner's own messages on WEBJS, <c>to</c>.
    /// </summary>
    private static (string? Chat, string? Group, string? Sender, bool FromMe) Who(JsonElement payload, string id, string? me)
    {
        var fromMe = True(payload, "fromMe");
        var parts = id.Split('_');
        string? chat = parts.Length >= 3 && parts[0] is "true" or "false" && parts[1].Contains('@', StringComparison.Ordinal) ? parts[1] : null;
        var from = Str(payload, "from");
        var to = Str(payload, "to");
        chat ??= fromMe && me is not null && Same(from, me) ? to : from;
        if (Jid.IsGroup(chat))
        {
            var participant = Str(payload, "participant") ?? Str(payload, "author") ?? (parts.Length >= 4 ? parts[3] : null);
            return (chat, chat, fromMe ? me ?? participant : participant, fromMe);
        }

        // One-to-one: the person is the chat, whoever wrote (fromMe says which way it went).
        return (chat, null, chat, fromMe);
    }

    private static (string Type, string? Text, string? Note) Describe(JsonElement payload, string? body)
    {
        if (payload.TryGetProperty("location", out var location) && location.ValueKind == JsonValueKind.Object)
        {
            var place = string.Join(", ", new[] { Str(location, "name"), Str(location, "address") }.Where(s => !string.IsNullOrWhiteSpace(s)));
            return ("location", place.Length == 0 ? "[location]" : $"[location: {place}]", null);
        }

        if (payload.TryGetProperty("vCards", out var cards) && cards.ValueKind == JsonValueKind.Array && cards.GetArrayLength() > 0)
        {
            return ("contacts", "[contact card]", null);
        }

        if (!True(payload, "hasMedia"))
        {
            return ("text", body, body is null ? "text without body" : null);
        }

        var media = Obj(payload, "media");
        var mime = Str(media, "mimetype") ?? "";
        // Without a URL the media was not downloaded (too large, or downloads are off): answered from the caption or kind.
        var note = Str(media, "url") is null ? $"media without URL{(Str(media, "error") is { } e ? $": {e}" : "")}" : null;
        var (type, placeholder) = mime switch
        {
            "image/webp" => ("sticker", "[sticker]"),
            _ when mime.StartsWith("image/", StringComparison.Ordinal) => ("image", "[photo]"),
            _ when mime.StartsWith("video/", StringComparison.Ordinal) => ("video", "[video]"),
            _ when mime.StartsWith("audio/", StringComparison.Ordinal) => ("audio", "[voice message]"),
            _ => ("document", "[document]"),
        };
        return (type, string.IsNullOrWhiteSpace(body) ? placeholder : body, note);
    }

    /// <summary>The owner is @mentioned (by number in the text, or in the engine's mention list) or one of the owner's messages is quoted.</summary>
    private static bool AddressesOwner(JsonElement payload, string? body, JsonElement replyTo, string? me)
    {
        if (me is null)
        {
            return false;
        }

        var number = Jid.Person(me);
        if (number is not null && body?.Contains("@" + number, StringComparison.Ordinal) == true)
        {
            return true;
        }

        if (Same(Str(replyTo, "participant"), me))
        {
            return true;
        }

        var data = Obj(payload, "_data");
        foreach (var list in new[] { data.ValueKind == JsonValueKind.Object && data.TryGetProperty("mentionedJidList", out var m) ? m : default, payload.TryGetProperty("mentionedIds", out var ids) ? ids : default })
        {
            if (list.ValueKind == JsonValueKind.Array && list.EnumerateArray().Any(j => j.ValueKind == JsonValueKind.String && Same(j.GetString(), me)))
            {
                return true;
            }
        }

        return false;
    }

    private static string? PushName(JsonElement payload)
    {
        var data = Obj(payload, "_data");
        return Str(Obj(data, "Info"), "PushName") ?? Str(data, "notifyName") ?? Str(data, "pushName");
    }

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Jid.Person(a), Jid.Person(b), StringComparison.Ordinal);
}
