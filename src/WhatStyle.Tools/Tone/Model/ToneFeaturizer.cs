using WhatStyle.Tools.Tone.Lexicon;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Model;

/// <summary>Turns a scanned message into a sparse feature vector: lexicon/rule features plus hashed word n-grams.</summary>
/// <remarks>
/// The same code featurises for <c>whatstyle train</c> (ML.NET fits on these vectors) and at inference (our own
/// dot product over the weights read from the ML.NET model), so training and serving can never drift apart.
/// </remarks>
internal static class ToneFeaturizer
{
    /// <summary>Size of the hashed feature space; the trained model must have been fitted with the same value.</summary>
    public const int HashBits = 18;

    public const int Dimension = 1 << HashBits;

    private const int DenseCount = (int)DenseFeature.Count;
    private const uint UnigramSeed = 2166136261;
    private const uint NegatedSeed = 0x9E3779B9;
    private const uint BigramSeed = 0x85EBCA6B;
    private const uint EmojiSeed = 0xC2B2AE35;

    /// <summary>An upper bound of the features one message produces, for sizing buffers.</summary>
    public static int MaxFeatures(ScannedMessage message) => DenseCount + (2 * message.Words.Count) + message.Emojis.Count + 1;

    /// <summary>Writes (index, value) pairs; indices may repeat (they add up). Returns how many were written.</summary>
    public static int Featurize(ScannedMessage message, Span<int> indices, Span<float> values)
    {
        Span<float> dense = stackalloc float[DenseCount];
        var n = 0;
        uint previousHash = 0;
        var havePrevious = false;
        foreach (var word in message.Words)
        {
            var form = message.FoldedOf(word);
            var negated = word.Is(WordShape.Negated);
            var hash = Fnv(form, negated ? NegatedSeed : UnigramSeed);
            indices[n] = Slot(hash);
            values[n++] = 1f;
            if (havePrevious)
            {
                indices[n] = Slot(Mix(previousHash, hash, BigramSeed));
                values[n++] = 1f;
            }

            previousHash = hash;
            havePrevious = true;
            AddWordDense(word, dense);
        }

        foreach (var emoji in message.Emojis)
        {
            indices[n] = Slot(Fnv(emoji.Entry.Key, EmojiSeed));
            values[n++] = 1f;
            var entry = emoji.Entry;
            if (entry.Emotion != Emotion.Neutral)
            {
                dense[(int)entry.Emotion] += 1f;
            }

            dense[(int)(entry.Sentiment >= 0 ? DenseFeature.Positive : DenseFeature.Negative)] += Math.Abs(entry.Sentiment);
            dense[(int)DenseFeature.Emoji] += 1f;
            if (entry.Has(Emoji.EmojiFlags.Distress))
            {
                dense[(int)DenseFeature.Distress] += 1f;
            }

            if (entry.Has(Emoji.EmojiFlags.Sarcasm))
            {
                dense[(int)DenseFeature.SarcasmMarker] += 1f;
            }

            if (entry.Has(Emoji.EmojiFlags.Laugh))
            {
                dense[(int)DenseFeature.Laugh] += 1f;
            }
        }

        dense[(int)DenseFeature.Exclamation] = Math.Min(message.Exclamations, 3);
        dense[(int)DenseFeature.Question] = Math.Min(message.Questions, 2);
        dense[(int)DenseFeature.Interrobang] = Math.Min(message.Interrobangs, 2);
        dense[(int)DenseFeature.Length] = MathF.Log2(1 + message.Words.Count) / 4f;
        for (var k = 0; k < DenseCount; k++)
        {
            if (dense[k] != 0f)
            {
                // Counts saturate: the fifth sad word says little more than the third.
                indices[n] = k;
                values[n++] = Math.Min(dense[k], 3f);
            }
        }

        return n;
    }

    /// <summary>The slot of a word's unigram feature (to explain which learned words drove a decision).</summary>
    public static int UnigramSlot(ReadOnlySpan<char> folded, bool negated) => Slot(Fnv(folded, negated ? NegatedSeed : UnigramSeed));

    private static void AddWordDense(in WordToken word, Span<float> dense)
    {
        if (word.Is(WordShape.Elongated))
        {
            dense[(int)DenseFeature.Elongation] += 1f;
        }

        if (word.Is(WordShape.AllCaps))
        {
            dense[(int)DenseFeature.AllCaps] += 1f;
        }

        if (word.Entry is not { } entry)
        {
            return;
        }

        var negated = word.Is(WordShape.Negated);
        if (entry.Emotion != Emotion.Neutral && !negated)
        {
            dense[(int)entry.Emotion] += 1f;
        }

        if (entry.Valence > 0)
        {
            dense[(int)(negated ? DenseFeature.NegatedPositive : DenseFeature.Positive)] += entry.Valence / 3f;
        }
        else if (entry.Valence < 0)
        {
            dense[(int)(negated ? DenseFeature.NegatedNegative : DenseFeature.Negative)] += -entry.Valence / 3f;
        }

        if (entry.Has(LexiconFlags.Intensifier))
        {
            dense[(int)DenseFeature.Intensifier] += 1f;
        }

        if (entry.Has(LexiconFlags.Distress) && !negated)
        {
            dense[(int)DenseFeature.Distress] += 1f;
        }

        if (entry.Has(LexiconFlags.Sarcasm))
        {
            dense[(int)DenseFeature.SarcasmMarker] += 1f;
        }

        if (entry.Has(LexiconFlags.Self))
        {
            dense[(int)DenseFeature.Self] += 1f;
        }

        if (entry.Has(LexiconFlags.Care))
        {
            dense[(int)DenseFeature.Care] += 1f;
        }

        if (entry.Emotion == Emotion.Joy && entry.Has(LexiconFlags.Slang))
        {
            dense[(int)DenseFeature.Laugh] += 1f;
        }
    }

    private static int Slot(uint hash) => DenseCount + (int)(hash % (uint)(Dimension - DenseCount));

    private static uint Mix(uint a, uint b, uint seed)
    {
        var h = (a * 31) ^ (b + seed);
        h ^= h >> 15;
        h *= 0x2C1B3C6D;
        h ^= h >> 12;
        return h;
    }

    private static uint Fnv(ReadOnlySpan<char> text, uint seed)
    {
        var hash = seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }
}
