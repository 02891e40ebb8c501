using WhatStyle.Tools.Tone.Lexicon;
using WhatStyle.Tools.Tone.Model;
using WhatStyle.Tools.Tone.Rules;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone;

/// <summary>The project's own knowledge laid over the learned model's probabilities: emoji, foreign feeling words,
/// care, plain questions and sarcasm. Each adjustment works in log space and keeps the probabilities normalised.</summary>
internal static class ToneAdjustments
{
    /// <summary>Logit added per emoji for the emotion it conveys: GoEmotions has too few emoji to learn them.</summary>
    internal const float EmojiEmotionBoost = 1.2f;

    private const float EmojiSentimentBoost = 1.5f;

    private const float CaringLoveBoost = 1.5f;

    private const float ForeignLexiconBoost = 1.5f;

    /// <summary>Share of "surprise" a small-talk question keeps; the rest is curiosity, which reads as neutral in chat.</summary>
    private const float SmallTalkSurpriseKept = 0.3f;

    private static readonly PhraseSet s_smallTalk = new(
    [
        "what's up", "whats up", "wassup", "sup", "wyd", "wbu", "hbu", "what are you doing", "what are you up to", "what you up to",
        "what r u doing", "how's it going", "hows it going", "how is it going", "how's everything", "how is everything",
        "what's new", "whats new", "any plans", "how's life", "hows life", "how was", "how's the", "how is the",

        // Practical questions ask for a plan or a fact; the question mark is not astonishment.
        "what time", "when is", "when are", "when do", "where is", "where are", "are you coming", "do you want", "do we need",
        "should i", "should we", "could you", "will you",
    ]);

    private const int EmotionCount = ToneScoring.EmotionCount;
    private const int SentimentCount = ToneScoring.SentimentCount;

    public static void ApplyEmojiKnowledge(ScannedMessage scanned, Span<float> emotion, Span<float> sentiment)
    {
        if (scanned.Emojis.Count == 0)
        {
            return;
        }

        Span<float> emotionBoost = stackalloc float[EmotionCount];
        Span<float> sentimentBoost = stackalloc float[SentimentCount];
        foreach (var found in scanned.Emojis)
        {
            var entry = found.Entry;
            if (entry.Emotion != Emotion.Neutral)
            {
                emotionBoost[(int)entry.Emotion] = Math.Min(emotionBoost[(int)entry.Emotion] + EmojiEmotionBoost, 2.5f);
            }

            var polarity = entry.Sentiment >= 0 ? SentimentLabel.Positive : SentimentLabel.Negative;
            sentimentBoost[(int)polarity] = Math.Min(sentimentBoost[(int)polarity] + (Math.Abs(entry.Sentiment) * EmojiSentimentBoost), 2.5f);
        }

        Boost(emotion, emotionBoost);
        Boost(sentiment, sentimentBoost);
    }

    /// <summary>The learned n-grams are English; in other languages the lexicon's feeling words speak louder.</summary>
    public static void ApplyLexiconKnowledge(ScannedMessage scanned, Span<float> emotion, Span<float> sentiment)
    {
        Span<float> emotionBoost = stackalloc float[EmotionCount];
        Span<float> sentimentBoost = stackalloc float[SentimentCount];
        foreach (var word in scanned.Words)
        {
            if (word.Entry is not { } entry || word.Is(WordShape.Negated))
            {
                continue;
            }

            if (entry.Emotion != Emotion.Neutral)
            {
                emotionBoost[(int)entry.Emotion] = Math.Min(emotionBoost[(int)entry.Emotion] + ForeignLexiconBoost, 2.5f);
            }

            if (entry.Valence != 0)
            {
                var polarity = entry.Valence > 0 ? SentimentLabel.Positive : SentimentLabel.Negative;
                sentimentBoost[(int)polarity] = Math.Min(sentimentBoost[(int)polarity] + (Math.Abs(entry.Valence) / 3 * ForeignLexiconBoost), 2.5f);
            }
        }

        Boost(emotion, emotionBoost);
        Boost(sentiment, sentimentBoost);
    }

    /// <summary>GoEmotions files "caring" under love; a question about the reader's life reads as care.</summary>
    public static void ApplyCaring(Span<float> emotion, CueList cues)
    {
        Span<float> careBoost = stackalloc float[EmotionCount];
        careBoost[(int)Emotion.Love] = CaringLoveBoost;
        Boost(emotion, careBoost);
        cues.Add(Dimensions.Emotion, "caring:asks after the reader", CaringLoveBoost);
    }

    /// <summary>
    /// GoEmotions' Ekman labels count curiosity as surprise, so the model reads questions as surprise. Small talk
    /// ("How's your day going?", "what are you up to?") and practical questions ("What time is dinner?") are not
    /// astonishment: unless something in the message says so (a surprise word or emoji, "?!", "no way"), most of that
    /// surprise is moved to neutral. Other questions keep the model's reading: "you're moving to Berlin?" may well be
    /// surprise.
    /// </summary>
    public static void ApplySmallTalkQuestion(ScannedMessage scanned, bool caring, Span<float> emotion, CueList cues)
    {
        if (scanned.Questions == 0 || scanned.Interrobangs > 0 || scanned.LongestExclamationRun > 0 || ShowsAstonishment(scanned))
        {
            return;
        }

        var smallTalk = caring ? "asks after the reader" : s_smallTalk.FirstIn(scanned);
        if (smallTalk is null)
        {
            return;
        }

        var moved = emotion[(int)Emotion.Surprise] * (1 - SmallTalkSurpriseKept);
        emotion[(int)Emotion.Surprise] -= moved;
        emotion[(int)Emotion.Neutral] += moved;
        cues.Add(Dimensions.Emotion, $"question:small talk ({smallTalk}), not surprise", -moved);
    }

    /// <summary>Praise said sarcastically is a complaint: the surface joy is really annoyance, so its mass moves to
    /// anger and the sentiment to negative, keeping the scores consistent with the labels.</summary>
    public static (Emotion Emotion, SentimentLabel Sentiment) ReadAsSarcastic(
        Emotion emotion, SentimentLabel sentiment, Span<float> emotions, Span<float> sentiments, CueList cues)
    {
        if (emotion is Emotion.Joy or Emotion.Love or Emotion.Neutral)
        {
            cues.Add(Dimensions.Emotion, $"sarcasm:reads {emotion.ToString().ToLowerInvariant()} as anger", 0.5);
            emotions[(int)Emotion.Anger] += emotions[(int)Emotion.Joy] + emotions[(int)Emotion.Love] + emotions[(int)Emotion.Neutral];
            emotions[(int)Emotion.Joy] = emotions[(int)Emotion.Love] = emotions[(int)Emotion.Neutral] = 0;
            emotion = Emotion.Anger;
        }

        if (sentiment != SentimentLabel.Negative)
        {
            cues.Add(Dimensions.Sentiment, "sarcasm:flips to negative", 0.5);
            sentiments[(int)SentimentLabel.Negative] += sentiments[(int)SentimentLabel.Positive] + sentiments[(int)SentimentLabel.Neutral];
            sentiments[(int)SentimentLabel.Positive] = sentiments[(int)SentimentLabel.Neutral] = 0;
            sentiment = SentimentLabel.Negative;
        }

        return (emotion, sentiment);
    }

    private static bool ShowsAstonishment(ScannedMessage scanned)
    {
        foreach (var word in scanned.Words)
        {
            if (word.Entry is { Emotion: Emotion.Surprise } && !word.Is(WordShape.Negated))
            {
                return true;
            }
        }

        foreach (var found in scanned.Emojis)
        {
            if (found.Entry.Emotion == Emotion.Surprise)
            {
                return true;
            }
        }

        return Phrases.Contains(scanned, "no way") || Phrases.Contains(scanned, "for real") || Phrases.Contains(scanned, "are you serious");
    }

    private static void Boost(Span<float> probabilities, ReadOnlySpan<float> boost)
    {
        for (var c = 0; c < probabilities.Length; c++)
        {
            probabilities[c] = MathF.Log(probabilities[c] + 1e-6f) + boost[c];
        }

        LinearClassifier.Softmax(probabilities);
    }
}
