using WhatStyle.Tools.Text;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Dashboard.Data;

/// <summary>A message's tone as the dashboard shows it: sentiment, emotion, urgency and a possible crisis.</summary>
public sealed record ToneBadge(SentimentLabel Sentiment, double SentimentScore, Emotion Emotion, UrgencyLevel Urgency, double UrgencyScore, string? Crisis)
{
    public static ToneBadge From(ToneAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return new ToneBadge(
            analysis.Sentiment.Label, analysis.Sentiment.Score, analysis.Emotion.Label, analysis.Urgency.Label, analysis.Urgency.Score,
            analysis.Crisis.HoldsReply ? $"{EnumSpelling.Name(analysis.Crisis.Level)} {analysis.Crisis.Kind}" : null);
    }

    /// <summary>One short line: "negative · sadness · urgent"; "neutral" once when sentiment and emotion both are.</summary>
    public string Describe()
    {
        var sentiment = EnumSpelling.Name(Sentiment);
        var emotion = EnumSpelling.Name(Emotion);
        var feeling = sentiment == emotion ? sentiment : $"{sentiment} · {emotion}";
        return Urgency == UrgencyLevel.High ? feeling + " · urgent" : feeling;
    }
}
