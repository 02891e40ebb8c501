namespace WhatStyle.Tools.Tone;

/// <summary>Turns the adjusted probabilities into labels, per-label scores and a confidence figure.</summary>
internal static class ToneScoring
{
    public const int EmotionCount = 8;
    public const int SentimentCount = 3;

    /// <summary>Weight of the emotion model's reading in the sentiment decision (joy and love positive; sadness,
    /// anger, fear and disgust negative; neutral and surprise neutral). Chosen on GoEmotions dev (0.15 to 0.5 tried; 0.2 to 0.3 score alike):
    /// the two models err differently, and emoji and caring knowledge that moved the emotion carries over.</summary>
    private const float EmotionShareInSentiment = 0.25f;

    /// <summary>Neutral is the sentiment model's safe answer; it is discounted a little so that mild feelings get a
    /// polarity. Chosen on GoEmotions dev (0.75 to 1.15 tried).</summary>
    private const float NeutralSentimentWeight = 0.85f;

    public static SentimentLabel SentimentLabelOf(ReadOnlySpan<float> sentiment, ReadOnlySpan<float> emotion)
    {
        var positive = emotion[(int)Emotion.Joy] + emotion[(int)Emotion.Love];
        var negative = emotion[(int)Emotion.Sadness] + emotion[(int)Emotion.Anger] + emotion[(int)Emotion.Fear] + emotion[(int)Emotion.Disgust];
        var neutral = emotion[(int)Emotion.Neutral] + emotion[(int)Emotion.Surprise];
        const float own = 1 - EmotionShareInSentiment;
        Span<float> blended =
        [
            (own * sentiment[(int)SentimentLabel.Positive]) + (EmotionShareInSentiment * positive),
            (own * sentiment[(int)SentimentLabel.Negative]) + (EmotionShareInSentiment * negative),
            ((own * sentiment[(int)SentimentLabel.Neutral]) + (EmotionShareInSentiment * neutral)) * NeutralSentimentWeight,
        ];
        return (SentimentLabel)ArgMax(blended);
    }

    public static IReadOnlyDictionary<Emotion, double> Scores(ReadOnlySpan<float> emotion) => EmotionScores.Rounded(emotion);

    public static double Confidence(int wordsAndEmoji, ReadOnlySpan<float> emotion, ReadOnlySpan<float> sentiment, FormalityReading formality, string language)
    {
        var confidence = (0.45 * emotion[ArgMax(emotion)]) + (0.35 * sentiment[ArgMax(sentiment)]) + (0.2 * Math.Abs(formality.Score - 0.5) * 2);

        // The learned model reads English; elsewhere only the lexicon and emoji speak.
        if (language is not ("en" or "und"))
        {
            confidence *= 0.8;
        }

        if (wordsAndEmoji <= 1)
        {
            confidence *= 0.8;
        }

        return Math.Round(confidence, 3);
    }

    public static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var k = 1; k < values.Length; k++)
        {
            if (values[k] > values[best])
            {
                best = k;
            }
        }

        return best;
    }
}
