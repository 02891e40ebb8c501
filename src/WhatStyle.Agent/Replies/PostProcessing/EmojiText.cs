using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WhatStyle.Agent.Replies.PostProcessing;

/// <summary>Finds, counts, strips and caps emoji, treating a whole grapheme cluster (👍🏽, 👨‍👩‍👧) as one emoji.</summary>
internal static partial class EmojiText
{
    public static bool IsEmoji(string textElement)
    {
        if (string.IsNullOrEmpty(textElement) || !Rune.TryGetRuneAt(textElement, 0, out var rune))
        {
            return false;
        }

        var v = rune.Value;
        return v is >= 0x1F000 and <= 0x1FAFF
            or >= 0x2600 and <= 0x27BF
            or >= 0x2B00 and <= 0x2BFF
            or >= 0x2300 and <= 0x23FF
            or 0x3030 or 0x303D or 0x2049 or 0x203C
            || textElement.Contains('\uFE0F', StringComparison.Ordinal);
    }

    public static IReadOnlyList<string> Find(string text)
    {
        var found = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            if (IsEmoji(element))
            {
                found.Add(element);
            }
        }

        return found;
    }

    public static int Count(string text) => Find(text).Count;

    /// <summary>Keeps the first <paramref name="max"/> emoji and removes the rest (all of them for 0).</summary>
    public static string Cap(string text, int max)
    {
        var builder = new StringBuilder(text.Length);
        var kept = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = enumerator.GetTextElement();
            if (IsEmoji(element))
            {
                if (kept >= max)
                {
                    continue;
                }

                kept++;
            }

            builder.Append(element);
        }

        return Tidy(builder.ToString());
    }

    /// <summary>Collapses the spaces a removed emoji leaves behind ("Hi  ." → "Hi."); a space before ! and ? stays, as French typography wants.</summary>
    public static string Tidy(string text)
    {
        var collapsed = MultiSpace().Replace(text, " ");
        collapsed = SpaceBeforePunctuation().Replace(collapsed, "$1");
        return collapsed.Trim();
    }

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex MultiSpace();

    [GeneratedRegex(@"[ \t]+([.,])")]
    private static partial Regex SpaceBeforePunctuation();
}
