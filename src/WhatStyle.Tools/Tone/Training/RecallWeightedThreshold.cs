using System.Globalization;

namespace WhatStyle.Tools.Tone.Training;

/// <summary>
/// Chooses a threshold for a recall-first dimension: the one with the highest F2 (recall weighs four times precision)
/// among those whose precision is at least <see cref="MinPrecision"/>; a tie goes to the higher threshold.
/// </summary>
/// <remarks>
/// A missed crisis gets an automatic answer (the worst failure the assistant can have); a false alarm only costs the
/// owner a look at a draft. F1 weighs both the same, so it chose operating points that missed half the crises.
/// </remarks>
internal static class RecallWeightedThreshold
{
    public const double MinPrecision = 0.5;

    /// <summary>The thresholds searched, 0.30 to 0.95 in steps of 0.05.</summary>
    public static IReadOnlyList<double> Grid { get; } = [.. Enumerable.Range(6, 14).Select(i => i * 0.05)];

    /// <param name="pairsAt">Gold and read flags at a threshold.</param>
    /// <param name="allowed">Other limits a threshold must meet (for a crisis, its flag rate on ordinary chat).</param>
    /// <param name="beta">2 for a crisis (recall first); 1 where a false flag has a cost of its own (distress brings a sticker and a
    /// comforting tone, high urgency a faster reply).</param>
    public static (double Threshold, Score Score) Choose(Func<double, IReadOnlyList<(bool Gold, bool Read)>> pairsAt, Func<double, bool>? allowed = null, double beta = 2)
    {
        ArgumentNullException.ThrowIfNull(pairsAt);
        (double Threshold, Score Score)? best = null;
        foreach (var t in Grid)
        {
            var score = Score.Of(pairsAt(t));
            if (score.Precision < MinPrecision || (allowed is not null && !allowed(t)))
            {
                continue;
            }

            if (best is null || score.Fbeta(beta) >= best.Value.Score.Fbeta(beta))
            {
                best = (Math.Round(t, 2), score);
            }
        }

        // No threshold reaches the precision floor: the strictest one, so the merge adds as little noise as it can.
        return best ?? (Grid[^1], Score.Of(pairsAt(Grid[^1])));
    }

    internal readonly record struct Score(double Precision, double Recall)
    {
        public double F1 => Fbeta(1);
        public double F2 => Fbeta(2);

        public static Score Of(IReadOnlyList<(bool Gold, bool Read)> pairs)
        {
            double tp = pairs.Count(p => p.Gold && p.Read), fp = pairs.Count(p => !p.Gold && p.Read), fn = pairs.Count(p => p.Gold && !p.Read);
            return new Score(tp + fp == 0 ? 0 : tp / (tp + fp), tp + fn == 0 ? 0 : tp / (tp + fn));
        }

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"P {Precision:0.00} R {Recall:0.00} F1 {F1:0.00} F2 {F2:0.00}");

        public double Fbeta(double beta)
        {
            var b2 = beta * beta;
            return Precision + Recall == 0 ? 0 : (1 + b2) * Precision * Recall / ((b2 * Precision) + Recall);
        }
    }
}
