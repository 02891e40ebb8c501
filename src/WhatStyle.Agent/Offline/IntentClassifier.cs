using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Offline;

/// <summary>Tells what a message is about from the tone reading and the phrasebook's keywords; no model involved.</summary>
internal static class IntentClassifier
{
    // Most specific and most consequential first: an urgent or distressed message must never get a breezy "Hey!".
    private static readonly OfflineIntent[] KeywordOrder =
    [
        OfflineIntent.Urgent, OfflineIntent.BadNews, OfflineIntent.Apology, OfflineIntent.Thanks, OfflineIntent.Affection,
        OfflineIntent.HowAreYou, OfflineIntent.GoodNews, OfflineIntent.Plans, OfflineIntent.Greeting,
    ];

    public static OfflineIntent Classify(string text, ToneAnalysis? tone, Phrasebook book, Phrasebook fallback)
    {
        if (tone?.Urgency.Label == UrgencyLevel.High)
        {
            return OfflineIntent.Urgent;
        }

        if (tone?.NeedsSupport == true)
        {
            return OfflineIntent.BadNews;
        }

        var normalized = TextMatch.Normalize(text);
        foreach (var intent in KeywordOrder)
        {
            if (Matches(normalized, book, intent) || (!ReferenceEquals(book, fallback) && Matches(normalized, fallback, intent)))
            {
                return intent;
            }
        }

        return tone switch
        {
            { Sentiment: { Label: SentimentLabel.Negative, Score: < -0.4 } } => OfflineIntent.BadNews,
            { Sentiment: { Label: SentimentLabel.Positive, Score: > 0.5 }, Emotion.Label: Emotion.Joy } => OfflineIntent.GoodNews,
            { Emotion.Label: Emotion.Love } => OfflineIntent.Affection,
            _ => OfflineIntent.Default,
        };
    }

    private static bool Matches(string normalized, Phrasebook book, OfflineIntent intent) =>
        book.KeywordsFor(intent).Any(k => TextMatch.ContainsWord(normalized, TextMatch.Normalize(k)));
}
