namespace WhatStyle.Tools.Tone.Semantic;

/// <summary>What the heads read from one message's embedding: a probability per label of each head.</summary>
internal sealed record SemanticReading(double[] Urgency, double Distress, double[] Crisis, double[] Kind, double[] Intent)
{
    /// <summary>Cosine to the nearest crisis exemplar minus cosine to the nearest ordinary one (<see cref="CrisisPrototypes"/>); -1 when none.</summary>
    public double CrisisMargin { get; init; } = -1;

    public static SemanticReading From(SemanticHeads heads, ReadOnlySpan<float> embedding) => new(
        heads.Urgency.Predict(embedding),
        heads.Distress.Predict(embedding)[1],
        heads.Crisis.Predict(embedding),
        heads.Kind.Predict(embedding),
        heads.Intent.Predict(embedding))
    {
        CrisisMargin = heads.Prototypes.Margin(embedding),
    };
}
