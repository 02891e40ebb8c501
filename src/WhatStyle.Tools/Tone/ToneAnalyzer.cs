using System.Buffers;
using WhatStyle.Tools.Tone.Model;
using WhatStyle.Tools.Tone.Rules;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone;

/// <summary>The tone analyser: one scan of the message, the learned model over lexicon and n-gram features, then rules.</summary>
/// <remarks>Immutable after construction; one instance serves every thread.</remarks>
internal sealed class ToneAnalyzer(ToneComponents components, ToneModel model) : IToneAnalyzer
{
    private const int EmotionCount = ToneScoring.EmotionCount;
    private const int SentimentCount = ToneScoring.SentimentCount;

    public ToneAnalysis Analyze(string text, ToneContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The scan and the cue list are per-thread scratch (a bulk run analyses millions of messages, and these were a
        // third of the garbage per message); the reading returned holds neither, only strings and arrays made for it.
        using var cues = ThreadScratch<CueList>.Borrow();
        var scanned = ThreadScratch<ScannedMessage>.Rent();
        try
        {
            cues.Item.Clear();
            return Analyze(text, context, components.Scanner.Scan(text, scanned), cues.Item);
        }
        finally
        {
            // A scan of a very long message is not kept: its buffers would stay on the thread.
            if (scanned.Reusable)
            {
                ThreadScratch<ScannedMessage>.Return(scanned);
            }
        }
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

    private ToneAnalysis Analyze(string text, ToneContext? context, ScannedMessage scanned, CueList cues)
    {
        if (scanned.Words.Count == 0 && scanned.Emojis.Count == 0)
        {
            return Blank(text);
        }

        Span<float> emotion = stackalloc float[EmotionCount];
        Span<float> sentiment = stackalloc float[SentimentCount];
        Predict(scanned, emotion, sentiment);
        ToneAdjustments.ApplyEmojiKnowledge(scanned, emotion, sentiment);
        var language = components.Language.Detect(scanned);
        // The learned model reads English; elsewhere the lexicon and the rules carry its share.
        var modelReadsLanguage = language.Code is "en" or "und";
        if (!modelReadsLanguage)
        {
            // The rules below then read "seul" as "alone"; the model above is English and reads only the lexicon's own words.
            components.Borrowed.Apply(scanned, language.Code);
            ToneAdjustments.ApplyLexiconKnowledge(scanned, emotion, sentiment);
        }

        if (context?.PreviousMessages is { Count: > 0 } previous && IsBareReply(scanned))
        {
            BlendPrevious(previous[^1], emotion, sentiment, cues);
        }

        var caring = CaringRules.Read(scanned, cues);
        if (caring)
        {
            ToneAdjustments.ApplyCaring(emotion, cues);
        }

        ToneAdjustments.ApplySmallTalkQuestion(scanned, caring, emotion, cues);
        var sarcasm = SarcasmRules.Read(scanned, cues);
        var emotionLabel = (Emotion)ToneScoring.ArgMax(emotion);
        var sentimentLabel = ToneScoring.SentimentLabelOf(sentiment, emotion);
        if (sarcasm.Detected)
        {
            (emotionLabel, sentimentLabel) = ToneAdjustments.ReadAsSarcastic(emotionLabel, sentimentLabel, emotion, sentiment, cues);
        }

        ToneExplainer.ExplainEmotion(scanned, model.Emotion, emotionLabel, emotion, cues);
        ToneExplainer.ExplainSentiment(scanned, sentimentLabel, sentiment, cues);
        var intensity = IntensityRules.Read(scanned, emotion[(int)Emotion.Neutral], cues);
        var formality = FormalityRules.Read(scanned, cues);
        var urgency = UrgencyRules.Read(scanned, cues);
        var needsSupport = SupportRules.Read(
            scanned, emotion[(int)Emotion.Sadness], emotion[(int)Emotion.Fear], sarcasm.Detected, modelReadsLanguage, cues);
        var intent = IntentRules.Read(scanned, sentimentLabel, cues, out _);
        var crisis = CrisisRules.Level(CrisisRules.Read(scanned, emotion[(int)Emotion.Sadness] + emotion[(int)Emotion.Fear], cues, out _));
        (needsSupport, urgency) = MeaningAdjustments.Apply(intent, crisis, needsSupport, urgency, cues);
        if (MeaningAdjustments.SharesBadNews(intent, crisis))
        {
            intent = MessageIntent.BadNews;
            cues.Add(Dimensions.Intent, $"crisis:{crisis.Kind}", 1);
        }
        if (language.Cue is { } languageCue)
        {
            cues.Add(Dimensions.Language, languageCue, language.Confidence);
        }

        var sentimentScore = sentiment[(int)SentimentLabel.Positive] - sentiment[(int)SentimentLabel.Negative];

        return new ToneAnalysis
        {
            Text = text,
            Sentiment = new SentimentReading(sentimentLabel, Math.Round(sentimentScore, 3)),
            Emotion = new EmotionReading(emotionLabel, ToneScoring.Scores(emotion)),
            Intensity = intensity,
            Formality = formality,
            Urgency = urgency,
            Sarcasm = sarcasm,
            NeedsSupport = needsSupport,
            Caring = caring,
            Language = language.Code,
            Emojis = ToneExplainer.Readings(scanned),
            Cues = cues.ToList(),
            Confidence = ToneScoring.Confidence(scanned.Words.Count + scanned.Emojis.Count, emotion, sentiment, formality, language.Code),
            Crisis = crisis,
            Intent = intent,
        };
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

    /// <summary>"ok", "yeah", "same": too little to read alone, so the previous message's mood carries over a little.</summary>
    private static bool IsBareReply(ScannedMessage scanned) =>
        scanned.Words.Count <= 3 && scanned.Emojis.Count == 0 && !scanned.Words.Exists(w => w.Entry is { } entry && Math.Abs(entry.Valence) >= 1);

    private void BlendPrevious(string previous, Span<float> emotion, Span<float> sentiment, CueList cues)
    {
        // A scan of its own, not the thread's scratch: that one holds the message being analysed.
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

    private static ToneAnalysis Blank(string text) => new()
    {
        Text = text,
        Sentiment = new SentimentReading(SentimentLabel.Neutral, 0),
        Emotion = new EmotionReading(Emotion.Neutral, EmotionScores.OnlyOne(Emotion.Neutral)),
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
