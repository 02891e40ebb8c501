namespace WhatStyle.Tools.Tone.Semantic;

/// <summary>The probabilities from which the semantic reading changes a dimension of the lexical one.</summary>
/// <remarks>
/// The defaults were chosen by 5-fold cross-validation on the chat set's training split (<c>whatstyle train
/// --semantic-only --cv</c>), never on its test split: the heads class-balance rare labels, so their raw probabilities
/// run high and each threshold trades recall for the precision an ordinary chat needs. Out of fold (2026-12-06):
/// crisis F1 0.69 / 0.73 / 0.78 / 0.76 at 0.6 / 0.7 / 0.8 / 0.9 (rules alone 0.74); distress 0.76 at 0.6 (rules 0.65);
/// high urgency 0.76 at 0.7 (rules 0.71). The intent threshold was not cross-validated.
/// </remarks>
/// <param name="Crisis">P(possible) + P(likely) from which a message no rule flagged becomes a possible crisis.</param>
/// <param name="Likely">P(likely) from which a possible crisis found by the rules becomes likely.</param>
/// <param name="Distress">P(distress) from which the writer needs support.</param>
/// <param name="HighUrgency">P(high) from which urgency becomes high.</param>
/// <param name="MediumUrgency">P(medium) + P(high) from which low urgency becomes medium.</param>
/// <param name="Intent">Top intent probability from which it replaces an intent no phrase decided.</param>
public sealed record SemanticThresholds(double Crisis, double Likely, double Distress, double HighUrgency, double MediumUrgency, double Intent)
{
    public static SemanticThresholds Default { get; } = new(Crisis: 0.8, Likely: 0.8, Distress: 0.6, HighUrgency: 0.7, MediumUrgency: 0.75, Intent: 0.5);
}
