using System.Buffers;
using WhatStyle.Tools.Tone.Emoji;
using WhatStyle.Tools.Tone.Model;
using WhatStyle.Tools.Tone.Rules;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone;

/// <summary>The tone analyser: one scan of the message, the learned model over lexicon and n-gram features, then rules.</summary>
/// <remarks>Immutable after construction; one instance serves every thread.</remarks>
internal sealed class ToneAnalyzer(ToneComponents components, ToneModel model) : IToneAnalyzer
{
    private const int EmotionCount = 8;
    private const int SentimentCount = 3;

    /// <summary>Logit added per emoji for the emotion it conveys: GoEmotions has too few emoji to learn them.</summary>
    internal const float EmojiEmotionBoost = 1.2f;

    private const float EmojiSentimentBoost = 1.5f;

    private const float CaringLoveBoost = 1.5f;

    private const float ForeignLexiconBoost = 1.5f;

    public ToneAnalysis Analyze(string text, ToneContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scanned = components.Scanner.Scan(text);
        if (scanned.Words.Count == 0 && scanned.Emojis.Count == 0)
        {
            return Blank(text);
        }

        Span<float> emotion = stackalloc float[EmotionCount];
        Span<float> sentiment = stackalloc float[SentimentCount];
        Predict(scanned, emotion, sentiment);
        var cues = new CueList();
        ApplyEmojiKnowledge(scanned, emotion, sentiment, cues);
        var language = components.Language.Detect(scanned);
        if (language.Code is not ("en" or "und"))
        {
            ApplyLexiconKnowledge(scanned, emotion, sentiment);
        }

        if (context?.PreviousMessages is { Count: > 0 } previous && IsBareReply(scanned))
        {
            BlendPrevious(previous[^1], emotion, sentiment, cues);
        }

        var caring = CaringRules.Read(scanned, cues);
        if (caring)
        {
            // GoEmotions files "caring" under love; a question about the reader's life reads as care, not surprise.
            Span<float> careBoost = stackalloc float[EmotionCount];
            careBoost[(int)Emotion.Love] = CaringLoveBoost;
            Boost(emotion, careBoost);
            cues.Add(Dimensions.Emotion, "caring:asks after the reader", CaringLoveBoost);
        }

        var sarcasm = SarcasmRules.Read(scanned, cues);
        var emotionLabel = (Emotion)ArgMax(emotion);
        var sentimentLabel = (SentimentLabel)ArgMax(sentiment);
        if (sarcasm.Detected)
        {
            (emotionLabel, sentimentLabel) = ReadAsSarcastic(emotionLabel, sentimentLabel, emotion, sentiment, cues);
        }

        ToneExplainer.ExplainEmotion(scanned, model.Emotion, emotionLabel, emotion, cues);
        ToneExplainer.ExplainSentiment(scanned, sentimentLabel, sentiment, cues);
        var intensity = IntensityRules.Read(scanned, emotion[(int)Emotion.Neutral], cues);
        var formality = FormalityRules.Read(scanned, cues);
        var urgency = UrgencyRules.Read(scanned, cues);
        var needsSupport = SupportRules.Read(scanned, emotion[(int)Emotion.Sadness], emotion[(int)Emotion.Fear], sarcasm.Detected, cues);
        foreach (var cue in language.Cues)
        {
            cues.Add(Dimensions.Language, cue, language.Confidence);
        }

        var sentimentScore = sentiment[(int)SentimentLabel.Positive] - sentiment[(int)SentimentLabel.Negative];

        return new ToneAnalysis
        {
            Text = text,
            Sentiment = new SentimentReading(sentimentLabel, Math.Round(sentimentScore, 3)),
            Emotion = new EmotionReading(emotionLabel, Scores(emotion)),
            Intensity = intensity,
            Formality = formality,
            Urgency = urgency,
            Sarcasm = sarcasm,
            NeedsSupport = needsSupport,
            Caring = caring,
            Language = language.Code,
            Emojis = ToneExplainer.Readings(scanned),
            Cues = cues.ToList(),
            Confidence = Confidence(scanned, emotion, sentiment, formality, language.Code),
        };
    }

    public IReadOnlyList<ToneAnalysis> AnalyzeBatch(IReadOnlyList<string> texts, ToneContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = new ToneAnalysis[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            results[i] = Analyze(texts[i] ?? throw new ArgumentNullException(nameof(texts), $"Message {i} is null."), context);
        }

        return results;
    }

    private void Predict(ScannedMessage scanned, Span<float> emotion, Span<float> sentiment)
    {
        var max = ToneFeaturizer.MaxFeatures(scanned);
        int[]? rentedIndices = null;
        float[]? rentedValues = null;
        var indices = max <= 256 ? stackalloc int[256] : (rentedIndices = ArrayPool<int>.Shared.Rent(max));
        var values = max <= 256 ? stackalloc float[256] : (rentedValues = ArrayPool<float>.Shared.Rent(max));
        var n = ToneFeaturizer.Featurize(scanned, indices, values);
        model.Emotion.Predict(indices[..n], values[..n], emotion);
        model.Sentiment.Predict(indices[..n], values[..n], sentiment);
        if (rentedIndices is not null)
        {
            ArrayPool<int>.Shared.Return(rentedIndices);
            ArrayPool<float>.Shared.Return(rentedValues!);
        }
    }

    private static void ApplyEmojiKnowledge(ScannedMessage scanned, Span<float> emotion, Span<float> sentiment, CueList cues)
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
    private static void ApplyLexiconKnowledge(ScannedMessage scanned, Span<float> emotion, Span<float> sentiment)
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

    private static void Boost(Span<float> probabilities, ReadOnlySpan<float> boost)
    {
        for (var c = 0; c < probabilities.Length; c++)
        {
            probabilities[c] = MathF.Log(probabilities[c] + 1e-6f) + boost[c];
        }

        LinearClassifier.Softmax(probabilities);
    }

    /// <summary>"ok", "yeah", "same": too little to read alone, so the previous message's mood carries over a little.</summary>
    private static bool IsBareReply(ScannedMessage scanned) =>
        scanned.Words.Count <= 3 && scanned.Emojis.Count == 0 && !scanned.Words.Exists(w => w.Entry is { } entry && Math.Abs(entry.Valence) >= 1);

    private void BlendPrevious(string previous, Span<float> emotion, Span<float> sentiment, CueList cues)
    {
        var scanned = components.Scanner.Scan(previous);
        if (scanned.Words.Count == 0 && scanned.Emojis.Count == 0)
        {
            return;
        }

        Span<float> previousEmotion = stackalloc float[EmotionCount];
        Span<float> previousSentiment = stackalloc float[SentimentCount];
        Predict(scanned, previousEmotion, previousSentiment);
        for (var c = 0; c < EmotionCount; c++)
        {
            emotion[c] = (0.75f * emotion[c]) + (0.25f * previousEmotion[c]);
        }

        for (var c = 0; c < SentimentCount; c++)
        {
            sentiment[c] = (0.75f * sentiment[c]) + (0.25f * previousSentiment[c]);
        }

        cues.Add(Dimensions.Emotion, "context:previous message", 0.25);
    }

    private static (Emotion, SentimentLabel) ReadAsSarcastic(Emotion emotion, SentimentLabel sentiment, Span<float> emotions, Span<float> sentiments, CueList cues)
    {
        // Praise said sarcastically is a complaint: the surface joy is really annoyance, so its mass moves to anger
        // and the scores stay consistent with the label.
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

    private static Dictionary<Emotion, double> Scores(ReadOnlySpan<float> emotion)
    {
        var scores = new Dictionary<Emotion, double>(EmotionCount);
        for (var c = 0; c < EmotionCount; c++)
        {
            scores[(Emotion)c] = Math.Round(emotion[c], 3);
        }

        return scores;
    }

    private static double Confidence(ScannedMessage scanned, ReadOnlySpan<float> emotion, ReadOnlySpan<float> sentiment, FormalityReading formality, string language)
    {
        var confidence = (0.45 * emotion[ArgMax(emotion)]) + (0.35 * sentiment[ArgMax(sentiment)]) + (0.2 * Math.Abs(formality.Score - 0.5) * 2);

        // The learned model reads English; elsewhere only the lexicon and emoji speak.
        if (language is not ("en" or "und"))
        {
            confidence *= 0.8;
        }

        if (scanned.Words.Count + scanned.Emojis.Count <= 1)
        {
            confidence *= 0.8;
        }

        return Math.Round(confidence, 3);
    }

    private static int ArgMax(ReadOnlySpan<float> values)
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

    private static ToneAnalysis Blank(string text) => new()
    {
        Text = text,
        Sentiment = new SentimentReading(SentimentLabel.Neutral, 0),
        Emotion = new EmotionReading(Emotion.Neutral, Enum.GetValues<Emotion>().ToDictionary(e => e, e => e == Emotion.Neutral ? 1.0 : 0.0)),
        Intensity = 0,
        Formality = new FormalityReading(FormalityLabel.Casual, 0.5),
        Urgency = new UrgencyReading(UrgencyLevel.Low, 0),
        Sarcasm = new SarcasmReading(false, 0),
        NeedsSupport = false,
        Language = "und",
        Emojis = [],
        Cues = [new ToneCue(Dimensions.Emotion, "empty:no words or emoji", 1)],
        Confidence = 0.1,
    };
}
