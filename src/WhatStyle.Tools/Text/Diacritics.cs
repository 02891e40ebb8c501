using System.Globalization;
using System.Text;

namespace WhatStyle.Tools.Text;

/// <summary>
/// Words as chat often types them, without their accents: "tenía" as "tenia", "müde" as "mude", "ß" as "ss", "œ" as "oe".
/// The glossaries are written so, and the crisis concepts and borrowed words are looked up so.
/// </summary>
internal static class Diacritics
{
    /// <summary>Longest word <see cref="StripLatin"/> needs a buffer for: twice the word (each ß, œ, æ becomes two letters).</summary>
    public static int BufferFor(int length) => length * 2;

    /// <summary>The text without combining accents, and ß, œ, æ spelled out; case is kept.</summary>
    public static string Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var stripped = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (Ligature(c) is { } spelled)
            {
                stripped.Append(spelled);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                stripped.Append(c);
            }
        }

        return stripped.ToString();
    }

    /// <summary>
    /// <see cref="Strip"/> for lower-case words on the analyser's hot path, into <paramref name="buffer"/>, allocating
    /// nothing: the same result for the Latin-1 letters of es, fr, de and pt (a test holds the two together); other
    /// letters pass unchanged.
    /// </summary>
    public static ReadOnlySpan<char> StripLatin(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in word)
        {
            if (Ligature(c) is { } spelled)
            {
                buffer[length++] = spelled[0];
                buffer[length++] = spelled[1];
                continue;
            }

            buffer[length++] = c < 'à' ? c : c switch
            {
                'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
                'ç' => 'c',
                'è' or 'é' or 'ê' or 'ë' => 'e',
                'ì' or 'í' or 'î' or 'ï' => 'i',
                'ñ' => 'n',
                'ò' or 'ó' or 'ô' or 'õ' or 'ö' => 'o',
                'ù' or 'ú' or 'û' or 'ü' => 'u',
                'ý' or 'ÿ' => 'y',
                _ => c,
            };
        }

        return buffer[..length];
    }

    private static string? Ligature(char c) => c switch
    {
        'ß' => "ss",
        'œ' => "oe",
        'æ' => "ae",
        _ => null,
    };
}
