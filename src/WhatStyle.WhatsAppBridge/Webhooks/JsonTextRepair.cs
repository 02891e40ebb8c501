using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace WhatStyle.WhatsAppBridge.Webhooks;

/// <summary>
/// Mends the two kinds of broken text a webhook body can carry and still parse as JSON: bytes that are not UTF-8, and
/// an escape of half a surrogate pair (<c>\ud83d</c> alone, from a client that cut an emoji in two).
/// </summary>
/// <remarks>
/// System.Text.Json accepts both when the body is parsed but throws when such a string is read. That failed the whole
/// inbox record on every retry: the inbox stood still through the poison backoff, then every message in the body was
/// set aside as a dead letter, unanswered. Each broken character becomes U+FFFD instead, the way a text editor shows
/// it; a body without either (nearly all of them) is returned as it is, without a copy.
/// </remarks>
internal static class JsonTextRepair
{
    private const string Replacement = "\\uFFFD";

    public static byte[] Repair(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (Utf8.IsValid(body) && !HasSurrogateEscape(body))
        {
            return body;
        }

        // Decoding replaces every invalid UTF-8 sequence (a lone surrogate's bytes among them) with U+FFFD.
        var text = Encoding.UTF8.GetString(body);
        var mended = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\' || i + 1 >= text.Length)
            {
                mended.Append(text[i]);
            }
            else if (text[i + 1] != 'u' || !TryReadEscape(text, i, out var unit))
            {
                // Any other escape, "\\" included, is copied whole so its second character is not read as a new escape.
                mended.Append(text, i, 2);
                i++;
            }
            else if (char.IsHighSurrogate(unit) && TryReadEscape(text, i + 6, out var low) && char.IsLowSurrogate(low))
            {
                mended.Append(text, i, 12);
                i += 11;
            }
            else
            {
                mended.Append(char.IsSurrogate(unit) ? Replacement : text.Substring(i, 6));
                i += 5;
            }
        }

        return Encoding.UTF8.GetBytes(mended.ToString());
    }

    // Only a "\u" escape of a surrogate (D800–DFFF) can be broken; "\ud"/"\uD" finds every one of them cheaply.
    private static bool HasSurrogateEscape(ReadOnlySpan<byte> body) =>
        body.IndexOf("\\ud"u8) >= 0 || body.IndexOf("\\uD"u8) >= 0;

    private static bool TryReadEscape(string text, int at, out char unit)
    {
        unit = default;
        if (at + 6 > text.Length || text[at] != '\\' || text[at + 1] != 'u'
            || !ushort.TryParse(text.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        unit = (char)value;
        return true;
    }
}
