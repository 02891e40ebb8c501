namespace WhatStyle.Tools.Tone.Evaluation;

/// <summary>One line of `whatstyle eval`: a dimension on one labelled set, next to a majority-class baseline.</summary>
/// <param name="Dimension">emotion, sentiment, formality or sarcasm.</param>
/// <param name="Dataset">Which set and split.</param>
/// <param name="Metric">What <paramref name="Score"/> is: "macro-F1" or "F1 (ironic)".</param>
/// <param name="Examples">How many labelled examples were scored.</param>
/// <param name="Accuracy">Share of exact matches.</param>
/// <param name="MacroF1">Mean F1 over the gold classes.</param>
/// <param name="Score">The headline metric for this dimension.</param>
/// <param name="BaselineAccuracy">Accuracy of always answering the most frequent gold class.</param>
/// <param name="BaselineScore">The headline metric for that baseline.</param>
/// <param name="Target">The target for the headline metric, when it sets one.</param>
public sealed record ToneEvaluationRow(
    string Dimension,
    string Dataset,
    string Metric,
    int Examples,
    double Accuracy,
    double MacroF1,
    double Score,
    double BaselineAccuracy,
    double BaselineScore,
    double? Target)
{
    /// <summary>True when there is a target and the score reaches it.</summary>
    public bool? MeetsTarget => Target is { } target ? Score >= target : null;
}
