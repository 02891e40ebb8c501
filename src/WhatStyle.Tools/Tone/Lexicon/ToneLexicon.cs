using System.Globalization;

namespace WhatStyle.Tools.Tone.Lexicon;

/// <summary>The project's chat lexicon (embedded lexicon.tsv), looked up by span so a lookup never allocates.</summary>
internal sealed class ToneLexicon
{
    private readonly Dictionary<string, LexiconEntry> _entries;
    private readonly Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private ToneLexicon(Dictionary<string, LexiconEntry> entries)
    {
        _entries = entries;
        _lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _entries.Count;

    public static ToneLexicon Load() => Parse(EmbeddedText.Read("Lexicon.lexicon.tsv"));

    internal static ToneLexicon Parse(string tsv)
    {
        var entries = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var line in EmbeddedText.DataLines(tsv))
        {
            var parts = line.Split('\t');
            var word = parts[0];
            var valence = float.Parse(parts[1], CultureInfo.InvariantCulture);
            var emotion = parts[2] == "-" ? Emotion.Neutral : EmbeddedText.ParseEmotion(parts[2]);
            var flags = parts.Length > 3 ? ParseFlags(parts[3]) : LexiconFlags.None;

            // A word may appear in several sections (e.g. "sick": sadness and anger); the first reading wins,
            // the flags add up.
            if (entries.TryGetValue(word, out var existing))
            {
                entries[word] = existing with { Flags = existing.Flags | flags };
            }
            else
            {
                entries[word] = new LexiconEntry(word, valence, emotion, flags);
            }
        }

        return new ToneLexicon(entries);
    }

    public LexiconEntry? Find(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var entry) ? entry : null;

    private static LexiconFlags ParseFlags(string text)
    {
        var flags = LexiconFlags.None;
        foreach (var flag in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            flags |= flag switch
            {
                "neg" => LexiconFlags.Negator,
                "int" => LexiconFlags.Intensifier,
                "dim" => LexiconFlags.Downtoner,
                "slang" => LexiconFlags.Slang,
                "formal" => LexiconFlags.Formal,
                "urgent" => LexiconFlags.Urgent,
                "distress" => LexiconFlags.Distress,
                "care" => LexiconFlags.Care,
                "sarc" => LexiconFlags.Sarcasm,
                "sit" => LexiconFlags.Situation,
                "self" => LexiconFlags.Self,
                "greet" => LexiconFlags.Greeting,
                _ => throw new FormatException($"Unknown lexicon flag '{flag}'."),
            };
        }

        return flags;
    }
}
