using System.Globalization;
using System.Text.Json;

namespace WhatStyle.WhatsAppBridge.Webhooks;

/// <summary>
/// Reads a Cloud API webhook body into messages, statuses and other events. Tolerant by design: anything it does
/// not understand becomes an event or a stored, unanswered message, never an exception.
/// </summary>
internal static class WebhookParser
{
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public static WebhookBatch Parse(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        var messages = new List<InboundMessage>();
        var statuses = new List<StatusUpdate>();
        var events = new List<WebhookEvent>();
        var root = document.RootElement;

        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            events.Add(new WebhookEvent("unrecognised-body", Truncate(root.GetRawText())));
            return new WebhookBatch(messages, statuses, events);
        }

        foreach (var entry in entries.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object || !entry.TryGetProperty("changes", out var changes) || changes.ValueKind != JsonValueKind.Array)
            {
                events.Add(new WebhookEvent("unrecognised-entry", Truncate(entry.GetRawText())));
                continue;
            }

            foreach (var change in changes.EnumerateArray())
            {
                ReadChange(change, messages, statuses, events);
            }
        }

        return new WebhookBatch(messages, statuses, events);
    }

    private static void ReadChange(JsonElement change, List<InboundMessage> messages, List<StatusUpdate> statuses, List<WebhookEvent> events)
    {
        var field = Str(change, "field");
        if (change.ValueKind != JsonValueKind.Object || !change.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Object)
        {
            events.Add(new WebhookEvent("unrecognised-change", Truncate(change.GetRawText())));
            return;
        }

        if (field != "messages")
        {
            // account_update, template status, group lifecycle…: stored for the owner, nothing to answer.
            events.Add(new WebhookEvent(field ?? "unknown-field", Truncate(value.GetRawText())));
            return;
        }

        var phoneNumberId = value.TryGetProperty("metadata", out var metadata) ? Str(metadata, "phone_number_id") ?? "" : "";
        if (value.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            events.Add(new WebhookEvent("error", Truncate(errors.GetRawText())));
        }

        if (value.TryGetProperty("messages", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var message in list.EnumerateArray())
            {
                var parsed = MessageReader.Read(message, value, phoneNumberId);
                if (parsed is null)
                {
                    events.Add(new WebhookEvent("malformed-message", Truncate(message.GetRawText())));
                }
                else
                {
                    messages.Add(parsed);
                }
            }
        }

        if (value.TryGetProperty("statuses", out var statusList) && statusList.ValueKind == JsonValueKind.Array)
        {
            foreach (var status in statusList.EnumerateArray())
            {
                var id = Str(status, "id");
                var state = Str(status, "status");
                if (id is null || state is null)
                {
                    events.Add(new WebhookEvent("malformed-status", Truncate(status.GetRawText())));
                    continue;
                }

                statuses.Add(new StatusUpdate(id, state, Str(status, "recipient_id"), Timestamp(status),
                    Str(status, "biz_opaque_callback_data"), FirstErrorCode(status)));
            }
        }
    }

    internal static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    // Beyond 9999-12-31 FromUnixTimeSeconds throws; such a timestamp is as unreadable as a missing one (and a throw here
    // would fail the whole inbox batch again on every retry).
    private const long LastRepresentableSecond = 253_402_300_799;

    internal static DateTimeOffset? Timestamp(JsonElement element) =>
        long.TryParse(Str(element, "timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= LastRepresentableSecond
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    internal static int? FirstErrorCode(JsonElement element)
    {
        if (element.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
        {
            foreach (var error in errors.EnumerateArray())
            {
                if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var code) && code.TryGetInt32(out var value))
                {
                    return value;
                }
            }
        }

        return null;
    }

    internal static string Truncate(string raw) => raw.Length <= 16_384 ? raw : raw[..16_384];
}
