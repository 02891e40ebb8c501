using System.Collections.Frozen;
using System.Text;
using WhatStyle.Tools.Text;

namespace WhatStyle.Tools.Tone.Gloss;

/// <summary>One language's words and word starts with their English, keyed by the folded word.</summary>
internal sealed class Glossary(FrozenDictionary<string, string> words, IReadOnlyList<(string Prefix, string English)> prefixes)
{
    /// <summary>The whole words (not the word starts), folded, with their English ("" for a dropped word).</summary>
    public FrozenDictionary<string, string> Words => words;

    /// <summary>The English for <paramref name="word"/> ("" for a dropped word), or null when the glossary lacks it.</summary>
    public string? Find(ReadOnlySpan<char> word)
    {
        var folded = Fold(word);
        if (Lookup(folded) is { } english)
        {
            return english;
        }

        // Chat stretches words ("ayudaaaa", "bitteee"): try the letters run together once, then twice.
        var single = Squeeze(folded, 1);
        if (single != folded && Lookup(single) is { } once)
        {
            return once;
        }

        var twice = Squeeze(folded, 2);
        return twice != folded && twice != single ? Lookup(twice) : null;
    }

    private string? Lookup(string folded)
    {
        if (words.TryGetValue(folded, out var english))
        {
            return english;
        }

        // Longest start first (the list is sorted so): "krankenwagen" before "kranken".
        foreach (var (prefix, gloss) in prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return gloss;
            }
        }

        return null;
    }

    /// <summary>Lower case, accents removed, ß as ss, œ as oe: how the glossary spells its words, and how chat often types them.</summary>
    public static string Fold(ReadOnlySpan<char> word) => Diacritics.Strip(word.ToString().ToLowerInvariant());

    /// <summary>Cuts each run of three or more equal letters to <paramref name="keep"/>.</summary>
    private static string Squeeze(string word, int keep)
    {
        var squeezed = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            var run = 1;
            while (i + run < word.Length && word[i + run] == word[i])
            {
                run++;
            }

            squeezed.Append(word[i], run >= 3 ? keep : run);
            i += run - 1;
        }

        return squeezed.ToString();
    }
}
