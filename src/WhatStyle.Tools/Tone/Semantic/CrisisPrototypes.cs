namespace WhatStyle.Tools.Tone.Semantic;

/// <summary>
/// Nearest-neighbour evidence for a crisis: how much closer a message's meaning is to the nearest crisis the chat set
/// holds than to the nearest ordinary message (idioms and everyday mishaps included).
/// </summary>
/// <remarks>
/// A linear head draws one boundary through the whole embedding space; a crisis phrased like one training example but
/// unlike the average ("the toddler got into the bleach") can fall on the wrong side of it. The nearest neighbours keep
/// each example's own neighbourhood. Both sides are compared, so "I'm dying to see that film" sits nearer the idioms
/// than the crises. Embeddings are L2-normalised: the dot product is the cosine.
/// </remarks>
internal sealed class CrisisPrototypes
{
    public CrisisPrototypes(float[][] crises, float[][] ordinary)
    {
        ArgumentNullException.ThrowIfNull(crises);
        ArgumentNullException.ThrowIfNull(ordinary);
        if (crises.Concat(ordinary).Any(e => e.Length != SentenceEmbedder.Dimension))
        {
            throw new InvalidDataException($"Crisis prototypes need {SentenceEmbedder.Dimension} values each.");
        }

        Crises = crises;
        Ordinary = ordinary;
    }

    public float[][] Crises { get; }

    public float[][] Ordinary { get; }

    /// <summary>No exemplars: every margin is -1 (no evidence).</summary>
    public static CrisisPrototypes Empty { get; } = new([], []);

    /// <summary>Cosine to the nearest crisis minus cosine to the nearest ordinary message, -2..2; -1 without exemplars.</summary>
    public double Margin(ReadOnlySpan<float> embedding)
    {
        if (Crises.Length == 0 || Ordinary.Length == 0)
        {
            return -1;
        }

        return Nearest(Crises, embedding) - Nearest(Ordinary, embedding);
    }

    private static double Nearest(float[][] exemplars, ReadOnlySpan<float> embedding)
    {
        var best = double.MinValue;
        foreach (var exemplar in exemplars)
        {
            double dot = 0;
            for (var d = 0; d < exemplar.Length; d++)
            {
                dot += exemplar[d] * embedding[d];
            }

            best = Math.Max(best, dot);
        }

        return best;
    }
}
