using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone;

public sealed class ToneScoringTests
{
    [Fact]
    public void SentimentLabelOf_NeutralLeaningModelWithJoyfulEmotion_IsPositive()
    {
        // Sentiment model unsure (neutral just ahead), emotion model clearly joyful: the blend says positive.
        float[] sentiment = [0.42f, 0.08f, 0.50f];
        float[] emotion = [0.85f, 0.05f, 0, 0, 0, 0, 0, 0.10f];

        Assert.Equal(SentimentLabel.Positive, ToneScoring.SentimentLabelOf(sentiment, emotion));
    }

    [Fact]
    public void SentimentLabelOf_ClearlyNeutralReadings_StayNeutral()
    {
        float[] sentiment = [0.15f, 0.10f, 0.75f];
        float[] emotion = [0.10f, 0, 0, 0.05f, 0, 0.05f, 0, 0.80f];

        Assert.Equal(SentimentLabel.Neutral, ToneScoring.SentimentLabelOf(sentiment, emotion));
    }
}
