using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Support;

/// <summary>A hand-written analyser: "great"/"love"/"happy" are positive, "sad"/"bad"/"angry" negative, everything else neutral.</summary>
internal sealed class FakeToneAnalyzer : IToneAnalyzer
{
    public int Calls { get; private set; }

    public ToneAnalysis Analyze(string text, ToneContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Calls++;
        var lower = text.ToLowerInvariant();
        var score = lower.Contains("great", StringComparison.Ordinal) || lower.Contains("love", StringComparison.Ordinal) || lower.Contains("happy", StringComparison.Ordinal) ? 0.8
            : lower.Contains("sad", StringComparison.Ordinal) || lower.Contains("bad", StringComparison.Ordinal) || lower.Contains("angry", StringComparison.Ordinal) ? -0.8
            : 0;
        var emotion = score > 0 ? Emotion.Joy : score < 0 ? Emotion.Sadness : Emotion.Neutral;
        return new ToneAnalysis
        {
            Text = text,
            Sentiment = new SentimentReading(score > 0 ? SentimentLabel.Positive : score < 0 ? SentimentLabel.Negative : SentimentLabel.Neutral, score),
            Emotion = new EmotionReading(emotion, new Dictionary<Emotion, double> { [emotion] = 1 }),
            Intensity = Math.Abs(score),
            Formality = new FormalityReading(FormalityLabel.Casual, 0.3),
            Urgency = new UrgencyReading(UrgencyLevel.Low, 0),
            Sarcasm = new SarcasmReading(false, 0),
            NeedsSupport = false,
            Language = "en",
            Emojis = [],
            Cues = [],
            Confidence = 0.5,
        };
    }

    public IReadOnlyList<ToneAnalysis> AnalyzeBatch(IReadOnlyList<string> texts, ToneContext? context = null) =>
        [.. texts.Select(t => Analyze(t, context))];
}
