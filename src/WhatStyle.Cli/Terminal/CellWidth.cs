using System.Globalization;
using System.Text;

namespace WhatStyle.Cli.Terminal;

/// <summary>
/// How many terminal columns text takes, one grapheme cluster at a time. Counting code points goes wrong on emoji:
/// "❤️" is U+2764 (narrow) plus VS16, shown two columns wide; a ZWJ family or a thumb with a skin tone is several
/// wide code points shown as one two-column picture. Tables padded with this stay aligned.
/// </summary>
internal static class CellWidth
{
    public static int Of(string text)
    {
        var width = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            width += OfCluster(elements.GetTextElement());
        }

        return width;
    }

    /// <summary>The longest start of <paramref name="text"/> that fits <paramref name="columns"/>, with "…" when cut.</summary>
    public static string Fit(string text, int columns)
    {
        if (Of(text) <= columns)
        {
            return text;
        }

        var builder = new StringBuilder();
        var width = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var cluster = elements.GetTextElement();
            var next = OfCluster(cluster);
            if (width + next > columns - 1)
            {
                break;
            }

            builder.Append(cluster);
            width += next;
        }

        return builder.Append('…').ToString();
    }

    private static int OfCluster(string cluster)
    {
        var first = Rune.GetRuneAt(cluster, 0);
        if (first.Value is '\t')
        {
            return 1;
        }

        if (Rune.IsControl(first) || Rune.GetUnicodeCategory(first) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        // Emoji presentation (VS16), ZWJ sequences, skin tones, keycaps and flags are drawn as one wide picture.
        foreach (var rune in cluster.EnumerateRunes())
        {
            if (rune.Value is 0xFE0F or 0x200D or 0x20E3 || rune.Value is >= 0x1F3FB and <= 0x1F3FF || rune.Value is >= 0x1F1E6 and <= 0x1F1FF)
            {
                return 2;
            }
        }

        return IsWide(first.Value) ? 2 : 1;
    }

    /// <summary>East Asian wide and full-width characters, and the emoji blocks shown with emoji presentation.</summary>
    private static bool IsWide(int c) =>
        c is >= 0x1100 and <= 0x115F
            or >= 0x231A and <= 0x231B
            or >= 0x23E9 and <= 0x23EC
            or 0x23F0 or 0x23F3
            or >= 0x25FD and <= 0x25FE
            or >= 0x2614 and <= 0x2615
            or >= 0x2648 and <= 0x2653
            or 0x267F or 0x2693 or 0x26A1 or 0x26AA or 0x26AB or 0x26BD or 0x26BE or 0x26C4 or 0x26C5 or 0x26CE or 0x26D4 or 0x26EA
            or 0x26F2 or 0x26F3 or 0x26F5 or 0x26FA or 0x26FD or 0x2705 or 0x270A or 0x270B or 0x2728 or 0x274C or 0x274E
            or >= 0x2753 and <= 0x2755
            or 0x2757
            or >= 0x2795 and <= 0x2797
            or 0x27B0 or 0x27BF or 0x2B1B or 0x2B1C or 0x2B50 or 0x2B55
            or >= 0x2E80 and <= 0x303E
            or >= 0x3041 and <= 0x33FF
            or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xA000 and <= 0xA4CF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x1F004 and <= 0x1F004
            or 0x1F0CF or 0x1F18E
            or >= 0x1F191 and <= 0x1F19A
            or >= 0x1F200 and <= 0x1F251
            or >= 0x1F300 and <= 0x1F320
            or >= 0x1F32D and <= 0x1F335
            or >= 0x1F337 and <= 0x1F37C
            or >= 0x1F37E and <= 0x1F393
            or >= 0x1F3A0 and <= 0x1F3CA
            or >= 0x1F3CF and <= 0x1F3D3
            or >= 0x1F3E0 and <= 0x1F3F0
            or 0x1F3F4
            or >= 0x1F3F8 and <= 0x1F43E
            or 0x1F440
            or >= 0x1F442 and <= 0x1F4FC
            or >= 0x1F4FF and <= 0x1F53D
            or >= 0x1F54B and <= 0x1F54E
            or >= 0x1F550 and <= 0x1F567
            or 0x1F57A or 0x1F595 or 0x1F596 or 0x1F5A4
            or >= 0x1F5FB and <= 0x1F64F
            or >= 0x1F680 and <= 0x1F6C5
            or 0x1F6CC
            or >= 0x1F6D0 and <= 0x1F6D2
            or >= 0x1F6D5 and <= 0x1F6D7
            or >= 0x1F6DC and <= 0x1F6DF
            or >= 0x1F6EB and <= 0x1F6EC
            or >= 0x1F6F4 and <= 0x1F6FC
            or >= 0x1F7E0 and <= 0x1F7EB
            or 0x1F7F0
            or >= 0x1F90C and <= 0x1F93A
            or >= 0x1F93C and <= 0x1F945
            or >= 0x1F947 and <= 0x1F9FF
            or >= 0x1FA70 and <= 0x1FAFF
            or >= 0x20000 and <= 0x3FFFD;
}
