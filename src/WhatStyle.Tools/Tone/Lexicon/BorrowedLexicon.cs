using System.Collections.Frozen;
using WhatStyle.Tools.Text;
using WhatStyle.Tools.Tone.Gloss;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Lexicon;

/// <summary>
/// Spanish, French, German and Portuguese words the lexicon lacks, read as the English word the glossary gives them:
/// "seul" as "alone", "épuisée" as "exhausted", "einsam" as "lonely".
/// </summary>
/// <remarks>
/// The lexicon is mostly English, so a French "je me sens trop seul ce soir" had no distress word at all. The glossary
/// (<see cref="EnglishGloss"/>) already says what each word means in English; a word whose English is one lexicon word
/// borrows that entry's valence, emotion and meaning flags (distress, urgency, care, first person, intensity). Register
/// and style flags (slang, formal, greeting, sarcasm) are not borrowed: they belong to the English word, not its meaning.
/// Borrowing happens after the language is read and only for that language's words, so an English message, or an
/// English word that is also a foreign one ("gift", "pain"), is read as before.
/// </remarks>
internal sealed class BorrowedLexicon
{
    private const LexiconFlags Borrowable =
        LexiconFlags.Intensifier | LexiconFlags.Downtoner | LexiconFlags.Urgent | LexiconFlags.Distress | LexiconFlags.Care | LexiconFlags.Self;

    /// <summary>Longest word looked up (folded into a stack buffer).</summary>
    private const int MaxWord = 48;

    private readonly FrozenDictionary<string, Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>>> _byLanguage;

    private BorrowedLexicon(FrozenDictionary<string, Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>>> byLanguage) =>
        _byLanguage = byLanguage;

    /// <summary>Words borrowed for <paramref name="language"/> (0 for a language without a glossary).</summary>
    public int Count(string language) => _byLanguage.TryGetValue(language, out var lookup) ? lookup.Dictionary.Count : 0;

    public static BorrowedLexicon Build(ToneLexicon lexicon, EnglishGloss gloss)
    {
        var byLanguage = new Dictionary<string, Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>>>(StringComparer.Ordinal);
        foreach (var language in EnglishGloss.Languages)
        {
            var borrowed = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
            foreach (var (word, english) in gloss.For(language)!.Words)
            {
                if (english.Length == 0 || english.Contains(' ', StringComparison.Ordinal) || lexicon.Find(word) is not null)
                {
                    continue;
                }

                if (lexicon.Find(english) is { } meaning && (meaning.Valence != 0 || meaning.Emotion != Emotion.Neutral || (meaning.Flags & Borrowable) != 0))
                {
                    borrowed[word] = new LexiconEntry(word, meaning.Valence, meaning.Emotion, meaning.Flags & Borrowable);
                }
            }

            byLanguage[language] = borrowed.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        return new BorrowedLexicon(byLanguage.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Gives each word of <paramref name="message"/> the lexicon lacks the entry its English borrows, if any.</summary>
    public void Apply(ScannedMessage message, string language)
    {
        if (!_byLanguage.TryGetValue(language, out var lookup))
        {
            return;
        }

        Span<char> buffer = stackalloc char[Diacritics.BufferFor(MaxWord)];
        var words = message.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Entry is not null || word.FoldLength > MaxWord)
            {
                continue;
            }

            // The glossary's spelling, without accents (chat often types them so anyway).
            var folded = Diacritics.StripLatin(message.FoldedOf(word), buffer);
            if (lookup.TryGetValue(folded, out var entry))
            {
                words[i] = word with { Entry = entry };
            }
        }
    }
}
