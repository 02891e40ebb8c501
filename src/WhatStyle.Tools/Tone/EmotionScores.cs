using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace WhatStyle.Tools.Tone;

/// <summary>A score for every <see cref="Emotion"/>, read as a dictionary keyed by emotion in enum order.</summary>
/// <remarks>
/// Replaces a <c>Dictionary&lt;Emotion, double&gt;</c> per reading (its buckets and entries were a tenth of the
/// analysis's garbage): the eight keys are fixed, so an array indexed by the enum is all a lookup needs.
/// Enumerates in enum order, as the dictionary did (insertion order), so JSON keys keep their order.
/// Made only by the analyser; immutable; equal when every score is equal.
/// </remarks>
public sealed class EmotionScores : IReadOnlyDictionary<Emotion, double>, IEquatable<EmotionScores>
{
    private const int EmotionCount = ToneScoring.EmotionCount;

    // Inline, not a double[]: one object per reading rather than two. Written only by the factories below.
    private Eight _scores;

    private EmotionScores()
    {
    }

    public int Count => EmotionCount;

    public IEnumerable<Emotion> Keys => Enum.GetValues<Emotion>();

    public IEnumerable<double> Values => ((ReadOnlySpan<double>)_scores).ToArray();

    public double this[Emotion key] => IsKey(key) ? _scores[(int)key] : throw new KeyNotFoundException($"No score for emotion {(int)key}.");

    /// <summary>Each probability rounded to 3 decimals.</summary>
    internal static EmotionScores Rounded(ReadOnlySpan<float> emotion)
    {
        if (emotion.Length != EmotionCount)
        {
            throw new ArgumentException($"Expected {EmotionCount} emotion scores, got {emotion.Length}.", nameof(emotion));
        }

        var scores = new EmotionScores();
        for (var c = 0; c < EmotionCount; c++)
        {
            scores._scores[c] = Math.Round(emotion[c], 3);
        }

        return scores;
    }

    /// <summary>1 for <paramref name="only"/>, 0 for every other emotion.</summary>
    internal static EmotionScores OnlyOne(Emotion only)
    {
        var scores = new EmotionScores();
        scores._scores[(int)only] = 1.0;
        return scores;
    }

    public bool ContainsKey(Emotion key) => IsKey(key);

    public bool TryGetValue(Emotion key, [MaybeNullWhen(false)] out double value)
    {
        var found = IsKey(key);
        value = found ? _scores[(int)key] : 0;
        return found;
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<KeyValuePair<Emotion, double>> IEnumerable<KeyValuePair<Emotion, double>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(EmotionScores? other) => other is not null && ((ReadOnlySpan<double>)_scores).SequenceEqual(other._scores);

    public override bool Equals(object? obj) => Equals(obj as EmotionScores);

    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var score in _scores)
        {
            hash.Add(score);
        }

        return hash.ToHashCode();
    }

    private static bool IsKey(Emotion key) => (uint)key < EmotionCount;

    /// <summary>Enum order; a struct, so a typed foreach allocates nothing.</summary>
    public struct Enumerator(EmotionScores scores) : IEnumerator<KeyValuePair<Emotion, double>>
    {
        private int _index = -1;

        public readonly KeyValuePair<Emotion, double> Current => new((Emotion)_index, scores._scores[_index]);

        readonly object IEnumerator.Current => Current;

        public bool MoveNext() => ++_index < EmotionCount;

        public void Reset() => _index = -1;

        public readonly void Dispose()
        {
        }
    }

    [InlineArray(EmotionCount)]
    private struct Eight
    {
        private double _first;
    }
}
