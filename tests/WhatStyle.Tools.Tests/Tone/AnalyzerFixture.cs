using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone;

/// <summary>One shipped analyser for all tone tests: it is immutable, and loading it once keeps the suite fast.</summary>
internal static class AnalyzerFixture
{
    private static readonly Lazy<IToneAnalyzer> s_analyzer = new(ToneAnalyzerFactory.CreateDefault);

    public static IToneAnalyzer Analyzer => s_analyzer.Value;

    /// <summary>Checks the invariants every reading must keep, whatever the input.</summary>
    public static void AssertValid(ToneAnalysis analysis)
    {
        Assert.InRange(analysis.Sentiment.Score, -1, 1);
        Assert.InRange(analysis.Intensity, 0, 1);
        Assert.InRange(analysis.Formality.Score, 0, 1);
        Assert.InRange(analysis.Urgency.Score, 0, 1);
        Assert.InRange(analysis.Sarcasm.Score, 0, 1);
        Assert.InRange(analysis.Confidence, 0, 1);
        Assert.Equal(Enum.GetValues<Emotion>().Length, analysis.Emotion.Scores.Count);
        Assert.All(analysis.Emotion.Scores.Values, s => Assert.InRange(s, 0, 1));
        Assert.InRange(analysis.Emotion.Scores.Values.Sum(), 0.98, 1.02);
        Assert.Equal(analysis.Emotion.Scores.MaxBy(p => p.Value).Key, analysis.Emotion.Label);
        Assert.False(string.IsNullOrEmpty(analysis.Language));
        Assert.NotNull(analysis.Emojis);
        Assert.NotNull(analysis.Cues);
        Assert.All(analysis.Cues, c => Assert.False(double.IsNaN(c.Weight)));
    }
}
