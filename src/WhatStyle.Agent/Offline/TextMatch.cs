using System.Globalization;
using System.Text;

namespace WhatStyle.Agent.Offline;

/// <summary>Keyword matching on chat text: case- and accent-insensitive, whole words only ("hi" does not match "this").</summary>
internal static class TextMatch
{
    /// <summary>Lower case without diacritics, so "Qué tal" and "que tal" match the same keyword.</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        // Typographic apostrophes are common on phones; keywords use the ASCII one.
        return builder.Replace('\u2019', '\'').ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when <paramref name="keyword"/> (already normalised) occurs in <paramref name="normalized"/> as whole words.</summary>
    public static bool ContainsWord(string normalized, string keyword) => WordIndexes(normalized, keyword).Any();

    /// <summary>Where <paramref name="keyword"/> (already normalised) starts in <paramref name="normalized"/> as whole words.</summary>
    public static IEnumerable<int> WordIndexes(string normalized, string keyword)
    {
        if (keyword.Length == 0)
        {
            yield break;
        }

        var start = 0;
        while ((start = normalized.IndexOf(keyword, start, StringComparison.Ordinal)) >= 0)
        {
            var end = start + keyword.Length;
            var leftOk = start == 0 || !char.IsLetterOrDigit(normalized[start - 1]) || !char.IsLetterOrDigit(keyword[0]);
            var rightOk = end >= normalized.Length || !char.IsLetterOrDigit(normalized[end]) || !char.IsLetterOrDigit(keyword[^1]);
            if (leftOk && rightOk)
            {
                yield return start;
            }

            start++;
        }
    }

    /// <summary>The words of a normalised text.</summary>
    public static IEnumerable<string> Words(string normalized)
    {
        var builder = new StringBuilder();
        foreach (var c in normalized)
        {
            if (char.IsLetterOrDigit(c) || c == '\'')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0)
            {
                yield return builder.ToString();
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }
}
