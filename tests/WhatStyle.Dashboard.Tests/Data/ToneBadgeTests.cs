using WhatStyle.Dashboard.Data;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Dashboard.Tests.Data;

public sealed class ToneBadgeTests
{
    [Theory]
    [InlineData(SentimentLabel.Negative, Emotion.Sadness, UrgencyLevel.Low, "negative · sadness")]
    [InlineData(SentimentLabel.Neutral, Emotion.Neutral, UrgencyLevel.High, "neutral · urgent")]
    [InlineData(SentimentLabel.Neutral, Emotion.Surprise, UrgencyLevel.Medium, "neutral · surprise")]
    public void Describe_SaysEachPartOnce(SentimentLabel sentiment, Emotion emotion, UrgencyLevel urgency, string expected) =>
        Assert.Equal(expected, new ToneBadge(sentiment, 0, emotion, urgency, 0, null).Describe());
}
