using System.Globalization;
using System.Text;

namespace WhatStyle.Tools.Contacts;

/// <summary>
/// The one rule for a person's or group's name as the owner sees it, wherever the name came from (a WhatsApp profile
/// name, a chat export, the command line, an MCP tool, a stored record). A name can carry characters a reader never
/// sees but that change what is shown: U+202E turns "Mom" into something else, U+200B makes a second "Mom" that looks
/// like the first, and a name of nothing but such characters shows blank. What is left is NFC, without controls,
/// direction marks or stray zero-width characters, with single spaces, trimmed, and at most <see cref="MaxLength"/>
/// characters as a reader counts them.
/// </summary>
/// <remarks>
/// Kept on purpose: letters of every script as they are (Arabic and Hebrew names stay right to left by themselves; only
/// the overrides go), U+200D (ZWJ) inside an emoji sequence ("👩‍👧" is one family, not two people), U+200C and U+200D
/// between letters of scripts that use joiners (Persian "می‌خواهم", Hindi "क्‌ष"), and the tag characters of the
/// three subdivision flags (anywhere else tags are invisible text, a known way to smuggle words into a model's prompt).
/// </remarks>
public static class DisplayNameNormalizer
{
    /// <summary>
    /// The longest name kept, in user-perceived characters (an emoji sequence counts as one): WhatsApp allows 100 for a
    /// group's subject and 25 for a profile name, so only names typed elsewhere are ever cut.
    /// </summary>
    public const int MaxLength = 100;

    private const char Ellipsis = '…';

    /// <summary>The name as it should be shown; empty when nothing visible is left.</summary>
    public static string Normalize(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return "";
        }

        if (IsPlainAscii(name))
        {
            return name;
        }

        var clean = Clean(name);
        if (!clean.IsNormalized(NormalizationForm.FormC))
        {
            clean = clean.Normalize(NormalizationForm.FormC);
        }

        return Cap(clean);
    }

    private static string Clean(string name)
    {
        // EnumerateRunes reads a lone surrogate as U+FFFD, so the string Normalize gets is always well formed.
        var runes = name.EnumerateRunes().ToList();
        var builder = new StringBuilder(name.Length);
        var spacePending = false;
        Rune? previous = null; // The last rune kept, null after a space: a joiner never joins across a space.
        for (var i = 0; i < runes.Count; i++)
        {
            var rune = runes[i];
            if (IsBlank(rune))
            {
                spacePending = builder.Length > 0;
                previous = null;
                continue;
            }

            var flagLength = rune.Value == FlagTags.BlackFlag ? FlagTags.LengthAt(runes, i + 1) : 0;
            var next = i + 1 < runes.Count ? runes[i + 1] : (Rune?)null;
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format && !Joiners.IsMeaningful(rune, previous, next))
            {
                continue;
            }

            if (spacePending)
            {
                builder.Append(' ');
                spacePending = false;
            }

            for (var j = i; j <= i + flagLength; j++)
            {
                builder.Append(runes[j]);
            }

            i += flagLength;
            previous = runes[i];
        }

        return builder.ToString();
    }

    /// <summary>Whitespace, controls, and the fillers that render as nothing (often used for "blank" WhatsApp names).</summary>
    private static bool IsBlank(Rune rune) =>
        Rune.IsWhiteSpace(rune)
        || Rune.IsControl(rune)
        || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0 or 0x2800;

    private static string Cap(string name)
    {
        var info = new StringInfo(name);
        return info.LengthInTextElements <= MaxLength
            ? name
            : info.SubstringByTextElements(0, MaxLength - 1).TrimEnd() + Ellipsis;
    }

    private static bool IsPlainAscii(string name)
    {
        if (name.Length > MaxLength || name[0] == ' ' || name[^1] == ' ')
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is < ' ' or > '~' || (c == ' ' && name[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }
}
