using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Offline;

/// <summary>Tells what a message is about from the tone reading (its crisis, intent and urgency) and the phrasebook's keywords; no model involved.</summary>
internal static class IntentClassifier
{
    // Without a tone reading: most specific and most consequential first, so an urgent or distressed message never gets a breezy "Hey!".
    private static readonly OfflineIntent[] KeywordOrder =
    [
        OfflineIntent.Urgent, OfflineIntent.Grief, OfflineIntent.BadNews, OfflineIntent.Apology, OfflineIntent.Thanks, OfflineIntent.Affection,
        OfflineIntent.HowAreYou, OfflineIntent.GoodNews, OfflineIntent.Plans, OfflineIntent.Greeting,
    ];

    public static OfflineIntent Classify(string text, ToneAnalysis? tone, Phrasebook book, Phrasebook fallback)
    {
        var normalized = TextMatch.Normalize(text);
        bool Has(OfflineIntent intent) => Matches(normalized, book, intent) || (!ReferenceEquals(book, fallback) && Matches(normalized, fallback, intent));

        if (tone?.Crisis is { HoldsReply: true } crisis)
        {
            if (IsPetEmergency(text, crisis, book, fallback))
            {
                return OfflineIntent.PetEmergency;
            }

            // Presence for hopelessness; presence and the emergency number where there is danger.
            return crisis.Kind == CrisisReading.Name(CrisisKind.SelfHarm) ? OfflineIntent.Crisis : OfflineIntent.Emergency;
        }

        if (tone is null)
        {
            return KeywordOrder.FirstOrDefault(Has, OfflineIntent.Default);
        }

        // A request or a question with a deadline is answered as what it is ("I'll look at it"), not with "calling you now".
        var asks = tone.Intent is MessageIntent.Request or MessageIntent.Question or MessageIntent.Invitation;
        if (Has(OfflineIntent.Urgent) || (tone.Urgency.Label == UrgencyLevel.High && !asks))
        {
            return OfflineIntent.Urgent;
        }

        // A death is grief whatever else the message says: sympathy, never slang.
        if (tone.Intent is not MessageIntent.Condolence && Has(OfflineIntent.Grief))
        {
            return OfflineIntent.Grief;
        }

        return tone.Intent switch
        {
            MessageIntent.Condolence => OfflineIntent.Condolence,
            MessageIntent.BadNews => OfflineIntent.BadNews,
            _ when tone.NeedsSupport => OfflineIntent.BadNews,
            MessageIntent.Request => OfflineIntent.Request,
            MessageIntent.Invitation => OfflineIntent.Invitation,
            MessageIntent.Question => Has(OfflineIntent.HowAreYou) ? OfflineIntent.HowAreYou : OfflineIntent.Question,
            MessageIntent.GoodNews => OfflineIntent.GoodNews,
            MessageIntent.Praise => OfflineIntent.Praise,
            MessageIntent.Thanks => OfflineIntent.Thanks,
            MessageIntent.Apology => OfflineIntent.Apology,
            MessageIntent.Greeting => Has(OfflineIntent.HowAreYou) ? OfflineIntent.HowAreYou : OfflineIntent.Greeting,
            MessageIntent.Farewell => OfflineIntent.Farewell,
            _ => ChitChat(tone, Has),
        };
    }

    /// <summary>
    /// An animal's emergency ("we're at the vet, Bella swallowed something"): a medical crisis whose message names a vet or
    /// a pet (the phrasebook's petEmergency words, or English ones). It gets care and presence: the human emergency number
    /// and "if you're in danger" would answer a situation the writer is not in. The one rule for the offline responder and
    /// the reply prompt.
    /// </summary>
    public static bool IsPetEmergency(string text, CrisisReading crisis, Phrasebook book, Phrasebook fallback)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(crisis);
        if (!crisis.HoldsReply || crisis.Kind != CrisisReading.Name(CrisisKind.Medical))
        {
            return false;
        }

        var normalized = TextMatch.Normalize(text);
        return Matches(normalized, book, OfflineIntent.PetEmergency) || (!ReferenceEquals(book, fallback) && Matches(normalized, fallback, OfflineIntent.PetEmergency));
    }

    /// <summary>
    /// Chit-chat (or a reading that did not decide an intent, such as a hand-made one): the phrasebook's keywords decide,
    /// then the mood.
    /// </summary>
    private static OfflineIntent ChitChat(ToneAnalysis tone, Func<OfflineIntent, bool> has)
    {
        foreach (var intent in KeywordOrder)
        {
            if (has(intent))
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
