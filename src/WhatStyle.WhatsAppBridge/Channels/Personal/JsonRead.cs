using System.Text.Json;

namespace WhatStyle.WhatsAppBridge.Channels.Personal;

/// <summary>Tolerant reads of engine JSON: a missing or differently typed field is null, never an exception.</summary>
internal static class JsonRead
{
    public static JsonElement Obj(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : default;

    public static string? Str(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    public static bool True(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>A Unix time in seconds (or milliseconds, when it is that large), as a number or a numeric string.</summary>
    public static DateTimeOffset? UnixTime(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        long number;
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n))
        {
            number = n;
        }
        else if (value.ValueKind == JsonValueKind.String && long.TryParse(value.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var s))
        {
            number = s;
        }
        else
        {
            return null;
        }

        // Beyond 9999-12-31 the conversion throws; such a time is as unreadable as a missing one.
        if (number > 100_000_000_000)
        {
            number /= 1000;
        }

        return number is > 0 and <= 253_402_300_799 ? DateTimeOffset.FromUnixTimeSeconds(number) : null;
    }

    public static string Truncate(string raw) => raw.Length <= 16_384 ? raw : raw[..16_384];
}
