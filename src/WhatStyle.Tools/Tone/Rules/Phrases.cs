using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>Finds short word sequences ("how are you", "call me") in a scanned message without allocating.</summary>
internal static class Phrases
{
    /// <summary>Index of the first word of <paramref name="phrase"/> (space-separated, folded words), or -1.</summary>
    public static int Find(ScannedMessage message, string phrase)
    {
        var words = message.Words;
        var parts = phrase.AsSpan();
        var firstSpace = parts.IndexOf(' ');
        var first = firstSpace < 0 ? parts : parts[..firstSpace];
        for (var i = 0; i < words.Count; i++)
        {
            if (!message.FoldedOf(words[i]).SequenceEqual(first))
            {
                continue;
            }

            if (firstSpace < 0 || Matches(message, i + 1, parts[(firstSpace + 1)..]))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool Contains(ScannedMessage message, string phrase) => Find(message, phrase) >= 0;

    public static bool IsWord(ScannedMessage message, int index, string word) =>
        index >= 0 && index < message.Words.Count && message.FoldedOf(message.Words[index]).SequenceEqual(word);

    /// <summary>True when <paramref name="phrase"/> (space-separated, folded words) starts at word <paramref name="index"/>.</summary>
    public static bool MatchesAt(ScannedMessage message, int index, string phrase) => Matches(message, index, phrase);

    private static bool Matches(ScannedMessage message, int index, ReadOnlySpan<char> rest)
    {
        while (rest.Length > 0)
        {
            var space = rest.IndexOf(' ');
            var word = space < 0 ? rest : rest[..space];
            if (index >= message.Words.Count || !message.FoldedOf(message.Words[index]).SequenceEqual(word))
            {
                return false;
            }

            index++;
            rest = space < 0 ? ReadOnlySpan<char>.Empty : rest[(space + 1)..];
        }

        return true;
    }
}
