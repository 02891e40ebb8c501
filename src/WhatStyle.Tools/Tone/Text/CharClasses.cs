using System.Globalization;

namespace WhatStyle.Tools.Tone.Text;

/// <summary>What kind of text starts at a position: word letters, keycap emoji, URLs, and which script a letter is in.</summary>
internal static class CharClasses
{
    public static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        var category = char.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
    }

    public static bool IsKeycapStart(string text, int i, int length) =>
        text[i] is (>= '0' and <= '9') or '#' or '*'
        && i + 1 < length
        && (text[i + 1] == '\u20E3' || (text[i + 1] == '\uFE0F' && i + 2 < length && text[i + 2] == '\u20E3'));

    public static bool IsUrlStart(string text, int i, int length) =>
        (text[i] is 'h' or 'w')
        && (text.AsSpan(i, length - i).StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(i, length - i).StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan(i, length - i).StartsWith("www.", StringComparison.OrdinalIgnoreCase));

    public static Script ScriptOf(char c) => c switch
    {
        < '\u0250' => Script.Latin,
        >= '\u1E00' and < '\u1F00' => Script.Latin,
        >= '\u0370' and < '\u0400' => Script.Greek,
        >= '\u0400' and < '\u0530' => Script.Cyrillic,
        >= '\u0590' and < '\u0600' => Script.Hebrew,
        >= '\u0600' and < '\u0780' => Script.Arabic,
        >= '\u0900' and < '\u0980' => Script.Devanagari,
        >= '\u0E00' and < '\u0E80' => Script.Thai,
        >= '\u1100' and < '\u1200' => Script.Hangul,
        >= '\uAC00' and < '\uD7B0' => Script.Hangul,
        >= '\u3040' and < '\u3100' => Script.Kana,
        >= '\u4E00' and < '\uA000' => Script.Han,
        >= '\uFB1D' and < '\uFB50' => Script.Hebrew,
        >= '\uFB50' and < '\uFE00' => Script.Arabic,
        >= '\uFE70' and < '\uFF00' => Script.Arabic,
        _ => Script.Other,
    };
}
