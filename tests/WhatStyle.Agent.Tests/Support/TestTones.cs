using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Tests.Support;

/// <summary>Hand-made tone readings, so agent tests do not depend on the analyser's exact numbers.</summary>
internal static class TestTones
{
    public static ToneAnalysis Neutral(string text, string language = "en") => Make(text, language: language);

    public static ToneAnalysis Make(
        string text,
        string language = "en",
        SentimentLabel sentiment = SentimentLabel.Neutral,
        double sentimentScore = 0,
        Emotion emotion = Emotion.Neutral,
        FormalityLabel formality = FormalityLabel.Casual,
        UrgencyLevel urgency = UrgencyLevel.Low,
        bool needsSupport = false,
        double intensity = 0.2) => new()
        {
            Text = text,
            Sentiment = new SentimentReading(sentiment, sentimentScore),
            Emotion = new EmotionReading(emotion, new Dictionary<Emotion, double> { [emotion] = 1 }),
            Intensity = intensity,
            Formality = new FormalityReading(formality, formality == FormalityLabel.Formal ? 0.8 : 0.2),
            Urgency = new UrgencyReading(urgency, urgency == UrgencyLevel.High ? 0.9 : 0.1),
            Sarcasm = new SarcasmReading(false, 0),
            NeedsSupport = needsSupport,
            Language = language,
            Emojis = [],
            Cues = [],
            Confidence = 0.8,
        };

    public static ToneAnalysis Sad(string text, string language = "en") => Make(
        text, language, SentimentLabel.Negative, -0.8, Emotion.Sadness, needsSupport: true, intensity: 0.8);
}
