using WhatStyle.Tools.Tone;

namespace WhatStyle.Mcp.Tests.Support;

/// <summary>A keyword-based stand-in for the tone engine: enough to tell the MCP layer passes text and context through.</summary>
internal sealed class FakeToneAnalyzer : IToneAnalyzer
{
    public ToneContext? LastContext { get; private set; }

    public Exception? ThrowOnAnalyze { get; set; }

    public int Calls { get; private set; }

    public ToneAnalysis Analyze(string text, ToneContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Calls++;
        if (ThrowOnAnalyze is not null)
        {
            throw ThrowOnAnalyze;
        }

        LastContext = context;
        var sad = text.Contains("sad", StringComparison.OrdinalIgnoreCase) || text.Contains("😢", StringComparison.Ordinal);
        var happy = text.Contains("great", StringComparison.OrdinalIgnoreCase) || text.Contains('!', StringComparison.Ordinal);
        var (label, score, emotion) = sad ? (SentimentLabel.Negative, -0.7, Emotion.Sadness)
            : happy ? (SentimentLabel.Positive, 0.8, Emotion.Joy)
            : (SentimentLabel.Neutral, 0.0, Emotion.Neutral);
        return new ToneAnalysis
        {
            Text = text,
            Sentiment = new SentimentReading(label, score),
            Emotion = new EmotionReading(emotion, new Dictionary<Emotion, double> { [emotion] = 1.0 }),
            Intensity = Math.Abs(score),
            Formality = new FormalityReading(FormalityLabel.Casual, 0.2),
            Urgency = new UrgencyReading(UrgencyLevel.Low, 0.1),
            Sarcasm = new SarcasmReading(false, 0.0),
            NeedsSupport = sad,
            Language = "en",
            Emojis = [],
            Cues = sad ? [new ToneCue("sentiment", "word:sad", -0.7)] : [],
            Confidence = 0.9,
        };
    }

    public IReadOnlyList<ToneAnalysis> AnalyzeBatch(IReadOnlyList<string> texts, ToneContext? context = null) =>
        [.. texts.Select(t => Analyze(t, context))];
}
