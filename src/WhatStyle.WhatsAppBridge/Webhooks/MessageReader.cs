using System.Globalization;
using System.Text.Json;
using static WhatStyle.WhatsAppBridge.Webhooks.WebhookParser;

namespace WhatStyle.WhatsAppBridge.Webhooks;

/// <summary>Reads one <c>messages[]</c> element, type by type (see ../shared/fixtures/whatsapp/NOTES.md §2).</summary>
internal static class MessageReader
{
    /// <returns>Null when the element has no id (it cannot be deduplicated, so it is kept as an event instead).</returns>
    public static InboundMessage? Read(JsonElement message, JsonElement value, string phoneNumberId)
    {
        var id = Str(message, "id");
        if (id is null)
        {
            return null;
        }

        var type = Str(message, "type") ?? "unknown";
        var from = Str(message, "from");
        var contact = FindContact(value, from);
        var userId = Str(message, "from_user_id") ?? (contact is { } c ? Str(c, "user_id") : null);
        var senderName = contact is { ValueKind: JsonValueKind.Object } c2 && c2.TryGetProperty("profile", out var profile) ? Str(profile, "name") : null;
        var context = message.TryGetProperty("context", out var ctx) ? ctx : default;
        var (text, note, targetId, editedText) = Describe(type, message);
        if (FirstErrorCode(message) is { } code)
        {
            note = note is null ? $"error {code}" : $"{note}; error {code}";
        }

        if (from is null && userId is null)
        {
            text = null;
            note ??= "no sender id";
        }

        return new InboundMessage
        {
            Id = id,
            Type = type,
            From = from ?? userId,
            UserId = userId,
            Group = Str(message, "group_id"),
            SenderName = senderName,
            PhoneNumberId = phoneNumberId,
            Text = string.IsNullOrWhiteSpace(text) ? null : text,
            Note = note,
            ContextId = context.ValueKind == JsonValueKind.Object ? Str(context, "id") : null,
            TargetId = targetId,
            EditedText = editedText,
            Timestamp = Timestamp(message),
            Raw = Truncate(message.GetRawText()),
        };
    }

    private static (string? Text, string? Note, string? TargetId, string? EditedText) Describe(string type, JsonElement message)
    {
        var body = message.TryGetProperty(type, out var payload) && payload.ValueKind == JsonValueKind.Object ? payload : default;
        bool Has() => body.ValueKind == JsonValueKind.Object;
        string? Get(string name) => Has() ? Str(body, name) : null;

        switch (type)
        {
            case "text":
                return (Get("body"), Has() ? null : "text without body", null, null);
            case "image":
                return (Get("caption") ?? "[photo]", null, null, null);
            case "video":
                return (Get("caption") ?? "[video]", null, null, null);
            case "document":
                return (Get("caption") ?? $"[document{Suffix(Get("filename"))}]", null, null, null);
            case "audio":
                var voice = Has() && body.TryGetProperty("voice", out var v) && v.ValueKind == JsonValueKind.True;
                return (voice ? "[voice message]" : "[audio]", null, null, null);
            case "sticker":
                return ("[sticker]", null, null, null);
            case "location":
                var place = string.Join(", ", new[] { Get("name"), Get("address") }.Where(s => !string.IsNullOrWhiteSpace(s)));
                return ($"[location{Suffix(place)}]", null, null, null);
            case "contacts":
                return ($"[contact card{Suffix(ContactNames(message))}]", null, null, null);
            case "button":
                return (Get("text") ?? Get("payload"), null, null, null);
            case "interactive":
                return Interactive(body);
            case "reaction":
                var emoji = Get("emoji");
                return (null, string.IsNullOrEmpty(emoji) ? "reaction removed" : $"reaction {emoji}", Get("message_id"), null);
            case "edit":
                var edited = Has() && body.TryGetProperty("message", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : default;
                var newText = edited.ValueKind == JsonValueKind.Object
                    ? Describe(Str(edited, "type") ?? "unknown", edited).Text
                    : null;
                return (null, "edit", Get("original_message_id"), newText);
            case "revoke":
                return (null, "revoke", Get("original_message_id"), null);
            case "system":
                return (null, $"system: {Get("type") ?? "unknown"}", null, null);
            case "unsupported":
                return (null, $"unsupported{Suffix(Get("type"))}", null, null);
            case "order" or "request_welcome" or "ephemeral":
                return (null, $"not answered: {type}", null, null);
            default:
                return (null, $"unknown type '{type}'", null, null);
        }
    }

    private static (string?, string?, string?, string?) Interactive(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, "interactive without payload", null, null);
        }

        var kind = Str(body, "type") ?? "unknown";
        if (body.TryGetProperty(kind, out var reply) && reply.ValueKind == JsonValueKind.Object)
        {
            return kind == "nfm_reply"
                ? ("[form reply]", null, null, null)
                : (Str(reply, "title") ?? Str(reply, "id"), null, null, null);
        }

        return (null, $"interactive {kind} without payload", null, null);
    }

    private static string? ContactNames(JsonElement message)
    {
        if (!message.TryGetProperty("contacts", out var cards) || cards.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var names = cards.EnumerateArray()
            .Select(c => c.ValueKind == JsonValueKind.Object && c.TryGetProperty("name", out var n) ? Str(n, "formatted_name") : null)
            .Where(n => !string.IsNullOrWhiteSpace(n));
        return string.Join(", ", names);
    }

    private static JsonElement? FindContact(JsonElement value, string? from)
    {
        if (!value.TryGetProperty("contacts", out var contacts) || contacts.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        JsonElement? first = null;
        foreach (var contact in contacts.EnumerateArray())
        {
            first ??= contact;
            if (from is not null && string.Equals(Str(contact, "wa_id"), from, StringComparison.Ordinal))
            {
                return contact;
            }
        }

        return first;
    }

    private static string Suffix(string? detail) =>
        string.IsNullOrWhiteSpace(detail) ? "" : string.Create(CultureInfo.InvariantCulture, $": {detail}");
}
