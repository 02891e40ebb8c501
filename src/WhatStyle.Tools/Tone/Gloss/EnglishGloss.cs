using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace WhatStyle.Tools.Tone.Gloss;

/// <summary>
/// A rough word-by-word English rendering of a Spanish, French, German or Portuguese chat message, for the sentence model
/// only: "mi hermana no responde y tenía las pastillas" reads as "my sister not answers and had the pills".
/// </summary>
/// <remarks>
/// The sentence model (all-MiniLM-L6-v2) was trained on English; a Spanish message reaches it as word pieces with little
/// meaning, so the heads caught far fewer crises in es, fr, de and pt than in English. No multilingual model ships in a
/// package this project can use, so each language has a glossary written here (<c>Gloss/*.tsv</c>: a word without
/// accents, then one to three English words, or <c>-</c> to drop it; a word ending in <c>*</c> covers every word it
/// starts). Words the glossary lacks (names, places, typos) are kept as they are, and so are digits, punctuation and
/// emoji, so "?" and "😭" still reach the model. It is never shown to anyone.
/// </remarks>
internal sealed class EnglishGloss
{
    /// <summary>The languages with a glossary.</summary>
    public static readonly FrozenSet<string> Languages = FrozenSet.Create(StringComparer.Ordinal, "es", "fr", "de", "pt");

    private static readonly Lazy<EnglishGloss> s_shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, Glossary> _glossaries;

    internal EnglishGloss(FrozenDictionary<string, Glossary> glossaries) => _glossaries = glossaries;

    /// <summary>The glossaries embedded in this assembly (loaded on first use).</summary>
    public static EnglishGloss Shared => s_shared.Value;

    /// <summary>The glossary of <paramref name="language"/>, or null when it has none.</summary>
    public Glossary? For(string language) => _glossaries.GetValueOrDefault(language);

    /// <summary>
    /// The English rendering of <paramref name="text"/> read as <paramref name="language"/>, or null when the language has
    /// no glossary or the glossary knows none of its words.
    /// </summary>
    public string? Render(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!_glossaries.TryGetValue(language, out var glossary))
        {
            return null;
        }

        var rendered = new StringBuilder(text.Length + 16);
        var known = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                rendered.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            if (glossary.Find(word) is { } english)
            {
                known++;
                if (english.Length == 0)
                {
                    // A dropped particle: no double space where it stood.
                    if (rendered.Length > 0 && rendered[^1] == ' ' && i < text.Length && text[i] == ' ')
                    {
                        i++;
                    }

                    continue;
                }

                rendered.Append(english);
            }
            else
            {
                rendered.Append(word);
            }
        }

        return known == 0 ? null : rendered.ToString();
    }

    /// <summary>Reads a glossary file's lines (comments and blank lines skipped).</summary>
    internal static Glossary Parse(string language, string text)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        var prefixes = new List<(string Prefix, string English)>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new FormatException($"Gloss/{language}.tsv line {number}: expected 'word<TAB>english'.");
            }

            var word = Glossary.Fold(parts[0]);
            var english = parts[1] == "-" ? "" : parts[1].Trim();
            if (word.EndsWith('*'))
            {
                prefixes.Add((word[..^1], english));
            }
            else
            {
                // The first entry wins: a later duplicate is a slip, not a second meaning.
                words.TryAdd(word, english);
            }
        }

        return new Glossary(words.ToFrozenDictionary(StringComparer.Ordinal), [.. prefixes.OrderByDescending(p => p.Prefix.Length)]);
    }

    private static EnglishGloss Load() =>
        new(Languages.ToFrozenDictionary(l => l, l => Parse(l, EmbeddedText.Read($"Gloss.{l}.tsv")), StringComparer.Ordinal));
}
