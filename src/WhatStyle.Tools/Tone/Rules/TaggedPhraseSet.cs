using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>
/// Many phrase lists in one index by first word, each phrase carrying a tag (its kind and weight, or its intent), so
/// finding every listed phrase costs one lookup per word of the message however many lists there are.
/// </summary>
/// <remarks>Immutable after construction; shared by all threads.</remarks>
internal sealed class TaggedPhraseSet<T>
{
    private readonly Dictionary<string, (string Phrase, int Words, T Tag)[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    public TaggedPhraseSet(IEnumerable<(string Phrase, T Tag)> phrases)
    {
        var byFirstWord = new Dictionary<string, List<(string, int, T)>>(StringComparer.Ordinal);
        foreach (var (phrase, tag) in phrases)
        {
            var space = phrase.IndexOf(' ', StringComparison.Ordinal);
            var first = space < 0 ? phrase : phrase[..space];
            if (!byFirstWord.TryGetValue(first, out var list))
            {
                byFirstWord[first] = list = [];
            }

            list.Add((phrase, phrase.AsSpan().Count(' ') + 1, tag));
        }

        // Longer phrases first, so "car broke down" is tried before "car".
        var index = byFirstWord.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(c => c.Item1.Length).ToArray(), StringComparer.Ordinal);
        _byFirstWord = index.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Every phrase found, in word order (several may start at the same word), into <paramref name="found"/>
    /// (cleared first), so callers can reuse one list per thread.</summary>
    public void FindAll(ScannedMessage message, List<Match> found)
    {
        found.Clear();
        for (var i = 0; i < message.Words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(message.FoldedOf(message.Words[i]), out var candidates))
            {
                continue;
            }

            foreach (var (phrase, words, tag) in candidates)
            {
                if (Phrases.MatchesAt(message, i, phrase))
                {
                    found.Add(new Match(phrase, i, words, tag));
                }
            }
        }
    }

    /// <summary>One phrase found at word <paramref name="Index"/>, <paramref name="Words"/> words long.</summary>
    public readonly record struct Match(string Phrase, int Index, int Words, T Tag);
}
