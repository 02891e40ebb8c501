using System.Text.Json;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Cli.Serialization;

/// <summary>
/// Writes a <see cref="ToneAnalysis"/> as the bytes <see cref="WhatStyleJson.Options"/> gives, for bulk
/// <c>analyze --format jsonl</c>: property by property on the writer, with the names and the enum spellings taken once
/// from the shared options, so no converter, no metadata walk and no allocation happens per reading.
/// </summary>
/// <remarks>
/// Writing a reading through the serializer cost as much as reading the tone of the message (bulk analyze, docs/tone.md).
/// The source-generated fast path cannot take the enum names the contract spells in camelCase. A member added to the
/// reading must be added here: the CLI tests compare this output with the serializer's, byte for byte.
/// </remarks>
internal static class ToneAnalysisJson
{
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText Sentiment = JsonEncodedText.Encode("sentiment");
    private static readonly JsonEncodedText Emotion = JsonEncodedText.Encode("emotion");
    private static readonly JsonEncodedText Intensity = JsonEncodedText.Encode("intensity");
    private static readonly JsonEncodedText Formality = JsonEncodedText.Encode("formality");
    private static readonly JsonEncodedText Urgency = JsonEncodedText.Encode("urgency");
    private static readonly JsonEncodedText Sarcasm = JsonEncodedText.Encode("sarcasm");
    private static readonly JsonEncodedText NeedsSupport = JsonEncodedText.Encode("needsSupport");
    private static readonly JsonEncodedText Caring = JsonEncodedText.Encode("caring");
    private static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
    private static readonly JsonEncodedText Emojis = JsonEncodedText.Encode("emojis");
    private static readonly JsonEncodedText Cues = JsonEncodedText.Encode("cues");
    private static readonly JsonEncodedText Confidence = JsonEncodedText.Encode("confidence");
    private static readonly JsonEncodedText Crisis = JsonEncodedText.Encode("crisis");
    private static readonly JsonEncodedText Intent = JsonEncodedText.Encode("intent");
    private static readonly JsonEncodedText Label = JsonEncodedText.Encode("label");
    private static readonly JsonEncodedText Score = JsonEncodedText.Encode("score");
    private static readonly JsonEncodedText Scores = JsonEncodedText.Encode("scores");
    private static readonly JsonEncodedText Detected = JsonEncodedText.Encode("detected");
    private static readonly JsonEncodedText Kind = JsonEncodedText.Encode("kind");
    private static readonly JsonEncodedText EmojiName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText EmojiSentiment = JsonEncodedText.Encode("sentiment");
    private static readonly JsonEncodedText Dimension = JsonEncodedText.Encode("dimension");
    private static readonly JsonEncodedText Signal = JsonEncodedText.Encode("signal");
    private static readonly JsonEncodedText Weight = JsonEncodedText.Encode("weight");
    private static readonly JsonEncodedText Level = JsonEncodedText.Encode("level");

    private static readonly JsonEncodedText[] SentimentLabels = EnumNames<SentimentLabel>();
    private static readonly JsonEncodedText[] Emotions = EnumNames<Emotion>();
    private static readonly JsonEncodedText[] FormalityLabels = EnumNames<FormalityLabel>();
    private static readonly JsonEncodedText[] UrgencyLevels = EnumNames<UrgencyLevel>();
    private static readonly JsonEncodedText[] CrisisLevels = EnumNames<CrisisLevel>();
    private static readonly JsonEncodedText[] Intents = EnumNames<MessageIntent>();

    /// <summary>Writes one reading as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, ToneAnalysis analysis)
    {
        writer.WriteStartObject();
        writer.WriteString(Text, analysis.Text);

        LabelAndScore(writer, Sentiment, SentimentLabels[(int)analysis.Sentiment.Label], analysis.Sentiment.Score);

        writer.WriteStartObject(Emotion);
        writer.WriteString(Label, Emotions[(int)analysis.Emotion.Label]);
        writer.WriteStartObject(Scores);
        if (analysis.Emotion.Scores is EmotionScores scores)
        {
            // The analyser's own scores: their struct enumerator, in the same (enum) order.
            foreach (var (emotion, score) in scores)
            {
                Number(writer, Emotions[(int)emotion], score);
            }
        }
        else
        {
            foreach (var (emotion, score) in analysis.Emotion.Scores)
            {
                Number(writer, Emotions[(int)emotion], score);
            }
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        Number(writer, Intensity, analysis.Intensity);

        LabelAndScore(writer, Formality, FormalityLabels[(int)analysis.Formality.Label], analysis.Formality.Score);

        LabelAndScore(writer, Urgency, UrgencyLevels[(int)analysis.Urgency.Label], analysis.Urgency.Score);

        writer.WriteStartObject(Sarcasm);
        writer.WriteBoolean(Detected, analysis.Sarcasm.Detected);
        Number(writer, Score, analysis.Sarcasm.Score);
        writer.WriteEndObject();

        writer.WriteBoolean(NeedsSupport, analysis.NeedsSupport);
        writer.WriteBoolean(Caring, analysis.Caring);
        writer.WriteString(Language, analysis.Language);

        writer.WriteStartArray(Emojis);
        for (var i = 0; i < analysis.Emojis.Count; i++)
        {
            var emoji = analysis.Emojis[i];
            writer.WriteStartObject();
            writer.WriteString(Text, emoji.Text);
            writer.WriteString(Kind, emoji.Kind);
            writer.WriteString(EmojiName, emoji.Name);
            writer.WriteString(Emotion, Emotions[(int)emoji.Emotion]);
            Number(writer, EmojiSentiment, emoji.Sentiment);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        writer.WriteStartArray(Cues);
        for (var i = 0; i < analysis.Cues.Count; i++)
        {
            var cue = analysis.Cues[i];
            writer.WriteStartObject();
            writer.WriteString(Dimension, cue.Dimension);
            writer.WriteString(Signal, cue.Signal);
            Number(writer, Weight, cue.Weight);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();

        Number(writer, Confidence, analysis.Confidence);

        writer.WriteStartObject(Crisis);
        writer.WriteString(Level, CrisisLevels[(int)analysis.Crisis.Level]);
        writer.WriteString(Kind, analysis.Crisis.Kind);
        writer.WriteStartArray(Cues);
        for (var i = 0; i < analysis.Crisis.Cues.Count; i++)
        {
            writer.WriteStringValue(analysis.Crisis.Cues[i]);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteString(Intent, Intents[(int)analysis.Intent]);
        writer.WriteEndObject();
    }

    /// <summary>A <c>{ "label": …, "score": … }</c> member (sentiment, formality, urgency).</summary>
    private static void LabelAndScore(Utf8JsonWriter writer, JsonEncodedText name, JsonEncodedText label, double score)
    {
        writer.WriteStartObject(name);
        writer.WriteString(Label, label);
        Number(writer, Score, score);
        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, JsonEncodedText name, double value)
    {
        Span<byte> text = stackalloc byte[ThousandthsDoubleConverter.MaxLength];
        if (ThousandthsDoubleConverter.TryFormat(value, text, out var written))
        {
            writer.WritePropertyName(name);
            writer.WriteRawValue(text[..written], skipInputValidation: true);
        }
        else
        {
            writer.WriteNumber(name, value);
        }
    }

    /// <summary>Each value's name as the shared options write it (<see cref="WhatStyleJson.EnumName"/>), by value.</summary>
    private static JsonEncodedText[] EnumNames<T>()
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var names = new JsonEncodedText[values.Length];
        foreach (var value in values)
        {
            names[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = JsonEncodedText.Encode(WhatStyleJson.EnumName(value));
        }

        return names;
    }
}
