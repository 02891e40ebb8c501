using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Memory;

/// <summary>Turns tone readings (oldest first) into a <see cref="ToneTrend"/>.</summary>
internal static class ToneTrendCalculator
{
    /// <summary>How far the newer half's mean sentiment must move from the older half's to count as a change.</summary>
    public const double ChangeThreshold = 0.2;

    public static ToneTrend Compute(IReadOnlyList<ToneReading> readings)
    {
        if (readings.Count == 0)
        {
            return ToneTrend.None;
        }

        var average = readings.Average(r => r.Sentiment);

        // Most frequent emotion; on a tie, the one seen most recently.
        var dominant = readings
            .Select((r, index) => (r.Emotion, index))
            .GroupBy(x => x.Emotion)
            .OrderByDescending(g => g.Count())
            .ThenByDescending(g => g.Max(x => x.index))
            .First().Key;

        var direction = "steady";
        if (readings.Count >= 4)
        {
            var half = readings.Count / 2;
            var older = readings.Take(half).Average(r => r.Sentiment);
            var newer = readings.Skip(readings.Count - half).Average(r => r.Sentiment);
            direction = newer - older >= ChangeThreshold ? "improving"
                : older - newer >= ChangeThreshold ? "worsening"
                : "steady";
        }

        return new ToneTrend(readings.Count, Math.Round(average, 3), dominant, direction);
    }

    public static ToneReading FromAnalysis(string messageId, ToneAnalysis analysis) =>
        new(messageId, analysis.Sentiment.Score, analysis.Emotion.Label);
}
