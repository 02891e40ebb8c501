using System.Globalization;
using System.Text;

namespace WhatStyle.Tools.Tone.Emoji;

/// <summary>
/// The one emoji rule: which grapheme clusters are emoji. Tone analysis, style learning (the emoji rate) and the reply
/// post-processor that enforces that rate all ask here, so what is learned is what is enforced.
/// </summary>
/// <remarks>
/// A cluster is one emoji however many code points it has: a ZWJ family (👨‍👩‍👧), a flag (🇩🇪), a keycap (1️⃣), a skin
/// tone (👍🏽), a VS16 presentation (❤️). Symbols that are text by default (©, ™, ✓, arrows) count only with VS16 or a
/// skin tone, except a few that people type bare and WhatsApp shows as emoji (❤, ☺, ☹, ✌, ☀).
/// </remarks>
public static class EmojiClusters
{
    private const char VariationSelector16 = '\uFE0F';
    private const char CombiningKeycap = '\u20E3';

    /// <summary>True when a grapheme cluster is an emoji (pictograph, flag, keycap, or a symbol in emoji presentation).</summary>
    public static bool IsEmoji(ReadOnlySpan<char> cluster)
    {
        if (cluster.IsEmpty)
        {
            return false;
        }

        if (cluster.Length >= 2 && cluster[^1] == CombiningKeycap)
        {
            return cluster[0] is (>= '0' and <= '9') or '#' or '*';
        }

        var presented = cluster.Contains(VariationSelector16) || HasSkinTone(cluster);
        foreach (var rune in cluster.EnumerateRunes())
        {
            var v = rune.Value;
            if (IsPictograph(v) || HasEmojiPresentation(v) || (IsTextDefaultEmoji(v) && (presented || IsTypedBare(v))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>As <see cref="IsEmoji(ReadOnlySpan{char})"/>, for a cluster held as a string.</summary>
    public static bool IsEmoji(string? cluster) => cluster is not null && IsEmoji(cluster.AsSpan());

    /// <summary>The emoji in <paramref name="text"/>, in order, one entry per cluster.</summary>
    public static List<string> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<string>();
        if (!MayContain(text))
        {
            return found;
        }

        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (IsEmoji(element))
            {
                found.Add(element);
            }
        }

        return found;
    }

    /// <summary><paramref name="text"/> without its emoji (the spaces around them stay).</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayContain(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (!IsEmoji(element))
            {
                builder.Append(element);
            }
        }

        return builder.ToString();
    }

    /// <summary>How many emoji <paramref name="text"/> holds.</summary>
    public static int Count(string text) => Find(text).Count;

    /// <summary>
    /// False only when <paramref name="text"/> certainly holds no emoji (plain letters, digits and punctuation), so
    /// callers skip the grapheme walk for most messages.
    /// </summary>
    public static bool MayContain(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || c is '\u00A9' or '\u00AE' or VariationSelector16 or CombiningKeycap or (>= '\u203C' and <= '\u3299'))
            {
                return true;
            }
        }

        return false;
    }

    // Supplementary-plane pictographs, flags' regional indicators and skin tones; the enclosed alphanumerics before the
    // regional indicators (🄰, 🅐) are letters, except the few with emoji presentation (🆎, 🆑..🆚).
    private static bool IsPictograph(int v) =>
        v is >= 0x1F000 and <= 0x1FAFF
        && (v is < 0x1F100 or > 0x1F1E5 || v is 0x1F18E or (>= 0x1F191 and <= 0x1F19A));

    // Basic-plane characters whose default presentation is emoji (Unicode emoji-data.txt, Emoji_Presentation=Yes).
    private static bool HasEmojiPresentation(int v) =>
        v is 0x231A or 0x231B or (>= 0x23E9 and <= 0x23EC) or 0x23F0 or 0x23F3 or 0x25FD or 0x25FE
            or 0x2614 or 0x2615 or (>= 0x2648 and <= 0x2653) or 0x267F or 0x2693 or 0x26A1 or 0x26AA or 0x26AB
            or 0x26BD or 0x26BE or 0x26C4 or 0x26C5 or 0x26CE or 0x26D4 or 0x26EA or 0x26F2 or 0x26F3 or 0x26F5
            or 0x26FA or 0x26FD or 0x2705 or 0x270A or 0x270B or 0x2728 or 0x274C or 0x274E or (>= 0x2753 and <= 0x2755)
            or 0x2757 or (>= 0x2795 and <= 0x2797) or 0x27B0 or 0x27BF or 0x2B1B or 0x2B1C or 0x2B50 or 0x2B55;

    // Characters that are emoji only when asked for (VS16) or toned: ©, ®, ‼, ⁉, ™, ℹ, arrows, technical and
    // miscellaneous symbols, dingbats, Ⓜ, geometric shapes, 〰, 〽, ㊗, ㊙, and the enclosed alphanumerics (🅰️).
    private static bool IsTextDefaultEmoji(int v) =>
        v is 0x00A9 or 0x00AE or 0x203C or 0x2049 or 0x2122 or 0x2139 or (>= 0x2194 and <= 0x21AA) or (>= 0x2300 and <= 0x23FF)
            or 0x24C2 or (>= 0x25AA and <= 0x25FE) or (>= 0x2600 and <= 0x27BF) or 0x2934 or 0x2935 or (>= 0x2B05 and <= 0x2B55)
            or 0x3030 or 0x303D or 0x3297 or 0x3299 or (>= 0x1F100 and <= 0x1F1E5);

    // Typed without VS16 all the time and shown as emoji by WhatsApp: a bare ❤ is a heart, not a dingbat.
    private static bool IsTypedBare(int v) => v is 0x2764 or 0x263A or 0x2639 or 0x270C or 0x2600;

    // Skin tones U+1F3FB..U+1F3FF are U+D83C U+DFFB..U+DFFF.
    private static bool HasSkinTone(ReadOnlySpan<char> cluster)
    {
        for (var i = 0; i + 1 < cluster.Length; i++)
        {
            if (cluster[i] == '\uD83C' && cluster[i + 1] is >= '\uDFFB' and <= '\uDFFF')
            {
                return true;
            }
        }

        return false;
    }
}
