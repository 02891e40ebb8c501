using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Offline;

/// <summary>Tells what a message is about from the tone reading (its crisis, intent and urgency) and the phrasebook's keywords; no model involved.</summary>
internal static class IntentClassifier
{
    // Without a tone reading: most specific and most consequential first, so an urgent or distressed message never gets a
    // breezy "Hey!". Grief comes before urgency: "Grandpa died at the hospital last night" wants sympathy, not "I'll get back to you".
    private static readonly OfflineIntent[] KeywordOrder =
    [
        OfflineIntent.Grief, OfflineIntent.Urgent, OfflineIntent.BadNews, OfflineIntent.Apology, OfflineIntent.Thanks, OfflineIntent.Praise,
        OfflineIntent.Affection, OfflineIntent.HowAreYou, OfflineIntent.GoodNews, OfflineIntent.Plans, OfflineIntent.Greeting,
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
            return Unnegated(KeywordOrder.FirstOrDefault(Has, OfflineIntent.Default), normalized, tone, book);
        }

        // A death is grief whatever else the message says, and a condolence is thanked, even with "call me if you need anything".
        if (tone.Intent is MessageIntent.Condolence)
        {
            return OfflineIntent.Condolence;
        }

        if (Has(OfflineIntent.Grief))
        {
            return OfflineIntent.Grief;
        }

        // A request or a question with a deadline is answered as what it is ("I'll look at it"), not as an urgent message.
        // Urgency read from the meaning alone is not enough: near its threshold the head calls "the cat is sleeping on my
        // laptop again" high.
        var asks = tone.Intent is MessageIntent.Request or MessageIntent.Question or MessageIntent.Invitation;
        if (Has(OfflineIntent.Urgent) || (tone.Urgency.Label == UrgencyLevel.High && !asks && !ToneEvidence.MeaningAlone(tone, ToneEvidence.Urgency)))
        {
            return OfflineIntent.Urgent;
        }

        // Sympathy instead of what was asked needs the words to say something is wrong: the distress head alone reads
        // "Tu peux m'envoyer le dossier avant vendredi ?" as distress.
        var hurting = tone.NeedsSupport && (!asks || Has(OfflineIntent.BadNews) || !ToneEvidence.MeaningAlone(tone, ToneEvidence.NeedsSupport));
        var intent = tone.Intent switch
        {
            MessageIntent.BadNews => OfflineIntent.BadNews,
            _ when hurting => OfflineIntent.BadNews,
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
        return Unnegated(intent, normalized, tone, book);
    }

    /// <summary>
    /// Good news the message says did not happen ("I didn't get the promotion") is bad news. Only when the mood is not
    /// positive: "I never thought I'd get the job, but I did!" is still good news.
    /// The analyser reads most of these itself (<c>negated:…</c>, a negator's three-word reach); this check stays for
    /// what it cannot see: a message with no tone reading, the phrasebook's own good-news keywords, and a negation further
    /// back in the clause ("I didn't end up getting the promotion").
    /// </summary>
    private static OfflineIntent Unnegated(OfflineIntent intent, string normalized, ToneAnalysis? tone, Phrasebook book)
    {
        if (intent != OfflineIntent.GoodNews || tone?.Sentiment.Label == SentimentLabel.Positive)
        {
            return intent;
        }

        // The phrases the reading rests on: the analyser's ("phrase:promotion") and the phrasebook's good-news keywords.
        var phrases = (tone?.Cues ?? [])
            .Where(c => c.Dimension == "intent" && c.Signal.StartsWith("phrase:", StringComparison.Ordinal))
            .Select(c => TextMatch.Normalize(c.Signal["phrase:".Length..]))
            .Concat(book.KeywordsFor(OfflineIntent.GoodNews).Select(TextMatch.Normalize))
            .Where(p => TextMatch.ContainsWord(normalized, p))
            .ToList();
        return phrases.Count > 0 && phrases.All(p => Negation.Negates(normalized, p, book.Negations)) ? OfflineIntent.BadNews : intent;
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

        // A happy mood is not news: "lol just watched the new marvel film" gets a pleased reply, not congratulations.
        return tone switch
        {
            { Sentiment: { Label: SentimentLabel.Negative, Score: < -0.4 } } => OfflineIntent.BadNews,
            { Sentiment: { Label: SentimentLabel.Positive, Score: > 0.5 }, Emotion.Label: Emotion.Joy } => OfflineIntent.Glad,
            { Emotion.Label: Emotion.Love } => OfflineIntent.Affection,
            _ => OfflineIntent.Default,
        };
    }

    private static bool Matches(string normalized, Phrasebook book, OfflineIntent intent) =>
        book.KeywordsFor(intent).Any(k => TextMatch.ContainsWord(normalized, TextMatch.Normalize(k)));
}
