using WhatStyle.Tools.Tone.Model;
using WhatStyle.Tools.Tone.Rules;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone;

/// <summary>Writes the cues that explain the emotion and sentiment decisions, and lists the emoji read.</summary>
internal static class ToneExplainer
{
    // Made once: spelling an enum per message boxed it and made two strings.
    private static readonly string[] s_emotionModelCues = [.. Enum.GetValues<Emotion>().Select(e => $"model:{e.ToString().ToLowerInvariant()}")];
    private static readonly string[] s_sentimentModelCues = [.. Enum.GetValues<SentimentLabel>().Select(s => $"model:{s.ToString().ToLowerInvariant()}")];

    public static void ExplainEmotion(ScannedMessage scanned, LinearClassifier emotionModel, Emotion label, ReadOnlySpan<float> emotion, CueList cues)
    {
        cues.Add(Dimensions.Emotion, s_emotionModelCues[(int)label], emotion[(int)label]);
        if (label == Emotion.Neutral)
        {
            return;
        }

        WordToken? learned = null;
        var best = 0.5f;
        foreach (var word in scanned.Words)
        {
            if (word.Entry is { } entry && entry.Emotion == label && !word.Is(WordShape.Negated))
            {
                cues.Add(Dimensions.Emotion, $"word:{scanned.SpanOf(word)}", 1);
            }

            var weight = emotionModel.Weight(ToneFeaturizer.UnigramSlot(scanned.FoldedOf(word), word.Is(WordShape.Negated)), (int)label);
            if (weight > best)
            {
                best = weight;
                learned = word;
            }
        }

        if (learned is { } strongest)
        {
            cues.Add(Dimensions.Emotion, $"learned:{scanned.SpanOf(strongest)}", best);
        }

        foreach (var found in scanned.Emojis)
        {
            if (found.Entry.Emotion == label)
            {
                cues.Add(Dimensions.Emotion, $"{Kind(found)}:{scanned.SpanOf(found)}", ToneAdjustments.EmojiEmotionBoost);
            }
        }
    }

    public static void ExplainSentiment(ScannedMessage scanned, SentimentLabel label, ReadOnlySpan<float> sentiment, CueList cues)
    {
        cues.Add(Dimensions.Sentiment, s_sentimentModelCues[(int)label], sentiment[(int)label]);
        var words = scanned.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Entry is not { Valence: not 0 } entry)
            {
                continue;
            }

            var sign = label == SentimentLabel.Negative ? -1 : 1;
            if (word.Is(WordShape.Negated))
            {
                var signal = i > 0 ? $"negation:{scanned.SpanOf(words[i - 1])} {scanned.SpanOf(word)}" : $"negation:{scanned.SpanOf(word)}";
                cues.Add(Dimensions.Sentiment, signal, -sign * entry.Valence / 3);
            }
            else
            {
                cues.Add(Dimensions.Sentiment, $"word:{scanned.SpanOf(word)}", sign * entry.Valence / 3);
            }
        }

        foreach (var found in scanned.Emojis)
        {
            if (found.Entry.Sentiment != 0)
            {
                cues.Add(Dimensions.Sentiment, $"{Kind(found)}:{scanned.SpanOf(found)}", (label == SentimentLabel.Negative ? -1 : 1) * found.Entry.Sentiment);
            }
        }
    }

    public static IReadOnlyList<EmojiReading> Readings(ScannedMessage scanned)
    {
        if (scanned.Emojis.Count == 0)
        {
            return [];
        }

        var count = Math.Min(scanned.Emojis.Count, 64);
        var readings = new EmojiReading[count];
        for (var i = 0; i < count; i++)
        {
            var found = scanned.Emojis[i];
            readings[i] = new EmojiReading(scanned.OriginalOf(found), Kind(found), found.Entry.Name, found.Entry.Emotion, Math.Round((double)found.Entry.Sentiment, 2));
        }

        return readings;
    }

    private static string Kind(in FoundEmoji found) => found.IsEmoticon ? "emoticon" : "emoji";
}
