using System.Globalization;
using System.Text;

namespace WhatStyle.Tools.Contacts.Style;

/// <summary>Finds emoji as whole grapheme clusters ("👍🏽", "❤️", flags), without a table of every emoji.</summary>
internal static class EmojiText
{
    public static List<string> Find(string text)
    {
        var found = new List<string>();
        if (!MayContainEmoji(text))
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

    public static string Strip(string text)
    {
        if (!MayContainEmoji(text))
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

    public static bool IsEmoji(string element)
    {
        if (string.IsNullOrEmpty(element) || !Rune.TryGetRuneAt(element, 0, out var first))
        {
            return false;
        }

        var value = first.Value;
        if (value is >= 0x1F000 and <= 0x1FAFF)
        {
            return !(value is >= 0x1F100 and <= 0x1F1E5); // enclosed alphanumerics are not emoji; flags (1F1E6+) are
        }

        if (value is >= 0x2600 and <= 0x27BF or >= 0x2B00 and <= 0x2BFF or >= 0x2300 and <= 0x23FF)
        {
            // Dingbats and symbols count when they have emoji presentation or are common heart/star/sun shapes.
            return element.Contains('\uFE0F', StringComparison.Ordinal) || value is 0x2764 or 0x2B50 or 0x2600 or 0x2728 or 0x270C or 0x2705 or 0x274C or 0x263A or 0x2639 or 0x231A or 0x23F0;
        }

        return value is 0x00A9 or 0x00AE ? element.Contains('\uFE0F', StringComparison.Ordinal) : false;
    }

    private static bool MayContainEmoji(string text)
    {
        foreach (var c in text)
        {
            if (char.IsSurrogate(c) || c is >= '\u2300' and <= '\u2BFF')
            {
                return true;
            }
        }

        return false;
    }
}
