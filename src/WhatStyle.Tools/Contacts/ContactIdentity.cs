using System.Globalization;
using System.Text;

namespace WhatStyle.Tools.Contacts;

/// <summary>
/// Normalises every way a person appears (E.164, "0049 …", wa_id, JIDs, business-scoped ids, names with any case,
/// accents or invisible marks) to a lookup key, so one person never becomes two contacts.
/// </summary>
/// <remarks>
/// A name's key is the fold of the name as shown (<see cref="DisplayNameNormalizer"/>), never of what the reader cannot
/// see: two names that look the same are one key, so a newcomer whose profile name only differs from a contact's by a
/// control or zero-width character meets that contact's key and keeps its number as its name (the bridge's
/// <c>ContactNames</c>) instead of showing as a second "Mom". Names that look different keep different keys.
/// </remarks>
public static class ContactIdentity
{
    private const string PhonePrefix = "tel:";
    private const string WhatsAppPrefix = "wa:";
    private const string NamePrefix = "name:";

    /// <summary>Classifies and normalises <paramref name="text"/>; <paramref name="defaultCountryCode"/> reads national numbers ("0170…").</summary>
    /// <exception cref="ArgumentException">The text is empty or only marks and spaces.</exception>
    public static IdentityKey Parse(string text, string? defaultCountryCode = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clean = DisplayNameNormalizer.Normalize(text);
        if (clean.Length == 0)
        {
            throw new ArgumentException("A contact name or number must not be empty.", nameof(text));
        }

        return TryPhoneOrId(clean, defaultCountryCode) ?? NameKey(clean);
    }

    /// <summary>The lookup key of a display name or alias, whatever it looks like; its value is the name as shown.</summary>
    /// <exception cref="ArgumentException">Nothing visible is left of the name.</exception>
    public static IdentityKey NameKey(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var clean = DisplayNameNormalizer.Normalize(name);
        if (clean.Length == 0)
        {
            throw new ArgumentException("A name must have something visible in it.", nameof(name));
        }

        return new IdentityKey(IdentityKind.Name, NamePrefix + Fold(clean), clean);
    }

    /// <summary>Lower case, no accents, "ß" as "ss", single spaces: "  Müller  Jürgen" and "muller jurgen" fold alike.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = StripJoiners(DisplayNameNormalizer.Normalize(text)).Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            if (c == 'ß')
            {
                builder.Append("ss");
            }
            else
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString().TrimEnd();
    }

    private static IdentityKey? TryPhoneOrId(string text, string? defaultCountryCode)
    {
        var lower = text.ToLowerInvariant();
        foreach (var suffix in new[] { "@s.whatsapp.net", "@c.us" })
        {
            if (lower.EndsWith(suffix, StringComparison.Ordinal))
            {
                text = text[..^suffix.Length];
                break;
            }
        }

        if (lower.EndsWith("@lid", StringComparison.Ordinal) && text[..^4].All(char.IsAsciiDigit) && text.Length > 4)
        {
            var lid = text[..^4] + "@lid";
            return new IdentityKey(IdentityKind.WhatsAppId, WhatsAppPrefix + lid, lid);
        }

        if (IsBusinessScopedId(text))
        {
            var bsuid = text.ToUpperInvariant();
            return new IdentityKey(IdentityKind.WhatsAppId, WhatsAppPrefix + bsuid, bsuid);
        }

        var compact = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c) || (c == '+' && compact.Length == 0))
            {
                compact.Append(c);
            }
            else if (!IsPhoneSeparator(c))
            {
                return null;
            }
        }

        var number = compact.ToString();
        var digits = number.TrimStart('+');
        if (digits.Length is < 6 or > 17)
        {
            return null;
        }

        string? e164 = number[0] == '+' ? "+" + digits
            : digits.StartsWith("00", StringComparison.Ordinal) ? "+" + digits[2..]
            : digits[0] == '0' ? (defaultCountryCode is null ? null : "+" + defaultCountryCode + digits[1..])
            : "+" + digits; // A wa_id: the international number without "+".
        if (e164 is null)
        {
            return new IdentityKey(IdentityKind.Phone, PhonePrefix + digits, digits);
        }

        return e164.Length is < 8 or > 16 ? null : new IdentityKey(IdentityKind.Phone, PhonePrefix + e164, e164);
    }

    private static bool IsBusinessScopedId(string text)
    {
        // Business-scoped user ids look like "US.13491208655302741918": a country code, a dot, digits.
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot == 2 && text.Length > 8
            && char.IsAsciiLetter(text[0]) && char.IsAsciiLetter(text[1])
            && text[3..].All(char.IsAsciiDigit);
    }

    private static bool IsPhoneSeparator(char c) =>
        c is ' ' or '-' or '.' or '(' or ')' or '/' or '\u00A0' or '\u202F' or '\u2007' or '\u2011' or '\u2012' or '\u2013';

    private static string StripJoiners(string text)
    {
        // A display name keeps U+200C where Persian or Hindi spelling uses it; a search or a key should not depend on
        // whether the writer typed it. (U+200D stays: it makes "👩‍👧" one family emoji rather than two.)
        if (!text.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format))
        {
            return text;
        }

        return string.Concat(text.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format || c == '\u200D'));
    }
}
