using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>A list of short phrases indexed by first word, so finding any of them costs one lookup per word of the
/// message instead of one comparison per phrase per word.</summary>
/// <remarks>Immutable after construction; shared by all threads.</remarks>
internal sealed class PhraseSet
{
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    public PhraseSet(IEnumerable<string> phrases)
    {
        var byFirstWord = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var space = phrase.IndexOf(' ', StringComparison.Ordinal);
            var first = space < 0 ? phrase : phrase[..space];

            // Longer phrases first, so "said no one ever" wins over "said no one".
            byFirstWord[first] = byFirstWord.TryGetValue(first, out var existing)
                ? [.. existing.Append(phrase).OrderByDescending(p => p.Length)]
                : [phrase];
        }

        _byFirstWord = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The word index where the earliest phrase at or after word <paramref name="from"/> starts, or -1.</summary>
    public int Find(ScannedMessage message, int from, out string? phrase)
    {
        for (var i = Math.Max(from, 0); i < message.Words.Count; i++)
        {
            if (!_byFirstWord.TryGetValue(message.FoldedOf(message.Words[i]), out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                if (Phrases.MatchesAt(message, i, candidate))
                {
                    phrase = candidate;
                    return i;
                }
            }
        }

        phrase = null;
        return -1;
    }

    /// <summary>The earliest phrase of the set in the message, or null.</summary>
    public string? FirstIn(ScannedMessage message) => Find(message, 0, out var phrase) >= 0 ? phrase : null;
}
