using System.Text.Json.Serialization;

namespace WhatStyle.Tools.Tone;

/// <summary>Everything the analyser read in one message, with the cues that explain each decision.</summary>
/// <remarks>
/// This is a public contract: `whatstyle analyze --format jsonl`, the MCP tool `analyze_tone` and the agent's
/// prompt all serialise it with <see cref="Serialization.WhatStyleJson.Options"/> (camelCase, enum names in camelCase).
/// Add members; never rename or remove one.
/// </remarks>
public sealed record ToneAnalysis
{
    public required string Text { get; init; }
    public required SentimentReading Sentiment { get; init; }
    public required EmotionReading Emotion { get; init; }

    /// <summary>How strongly the feeling is expressed, 0 (flat) to 1 (very intense).</summary>
    public required double Intensity { get; init; }

    public required FormalityReading Formality { get; init; }
    public required UrgencyReading Urgency { get; init; }
    public required SarcasmReading Sarcasm { get; init; }

    /// <summary>True when the writer is in distress and an empathetic answer is called for.</summary>
    public required bool NeedsSupport { get; init; }

    /// <summary>True when the writer asks after or looks after the reader ("How are your studies going?", "take care").</summary>
    /// <remarks>Not required, so code that builds a reading by hand (fakes, tests) keeps compiling; defaults to false.</remarks>
    public bool Caring { get; init; }

    /// <summary>ISO 639-1 code of the message language, or "und" when it cannot be told.</summary>
    public required string Language { get; init; }

    public required IReadOnlyList<EmojiReading> Emojis { get; init; }

    /// <summary>The words, emoji and signals that drove the decisions, so a person can see why.</summary>
    public required IReadOnlyList<ToneCue> Cues { get; init; }

    /// <summary>Overall confidence of the reading, 0..1.</summary>
    public required double Confidence { get; init; }

    /// <summary>Whether the message may be a crisis (danger, self-harm, medical emergency, abuse): never answered automatically.</summary>
    /// <remarks>Not required, so readings built by hand keep compiling; defaults to no crisis.</remarks>
    public CrisisReading Crisis { get; init; } = CrisisReading.None;

    /// <summary>What the message does: asks, requests, invites, tells news, thanks… (chit-chat when nothing more specific).</summary>
    public MessageIntent Intent { get; init; } = MessageIntent.ChitChat;
}

public enum SentimentLabel { Positive, Negative, Neutral }

public enum Emotion { Joy, Love, Sadness, Anger, Fear, Surprise, Disgust, Neutral }

public enum FormalityLabel { Formal, Casual }

public enum UrgencyLevel { Low, Medium, High }

/// <summary>How likely the message is a crisis the owner must answer personally.</summary>
public enum CrisisLevel { None, Possible, Likely }

/// <summary>What kind of crisis: self-harm, danger (accident, threat, stranded), medical (emergency) or abuse.</summary>
/// <remarks>Serialised in kebab case through <see cref="CrisisReading.Kind"/> ("self-harm").</remarks>
public enum CrisisKind { SelfHarm, Danger, Medical, Abuse }

/// <summary>What a message does, as a reply needs to know it.</summary>
public enum MessageIntent
{
    Question,
    Request,
    Invitation,
    [JsonStringEnumMemberName("good-news")] GoodNews,
    [JsonStringEnumMemberName("bad-news")] BadNews,
    Praise,
    Thanks,
    Apology,
    Condolence,
    Greeting,
    Farewell,
    [JsonStringEnumMemberName("chit-chat")] ChitChat,
}

/// <summary>Crisis level, its kind (null when none) and the cues behind it.</summary>
/// <param name="Level">none, possible or likely.</param>
/// <param name="Kind">"self-harm", "danger", "medical" or "abuse"; null when the level is none.</param>
/// <param name="Cues">The phrases or learned signals that raised it (empty when none).</param>
public sealed record CrisisReading(CrisisLevel Level, string? Kind, IReadOnlyList<string> Cues)
{
    /// <summary>No crisis.</summary>
    public static CrisisReading None { get; } = new(CrisisLevel.None, null, []);

    /// <summary>True when the message must not be answered automatically (possible or likely).</summary>
    [JsonIgnore]
    public bool HoldsReply => Level != CrisisLevel.None;

    /// <summary>The wire name of a kind: "self-harm", "danger", "medical", "abuse".</summary>
    public static string Name(CrisisKind kind) => kind switch
    {
        CrisisKind.SelfHarm => "self-harm",
        CrisisKind.Danger => "danger",
        CrisisKind.Medical => "medical",
        _ => "abuse",
    };
}

/// <summary>Sentiment label with a score in -1 (very negative) .. 1 (very positive).</summary>
public sealed record SentimentReading(SentimentLabel Label, double Score);

/// <summary>The dominant emotion and a score (0..1) for every label.</summary>
public sealed record EmotionReading(Emotion Label, IReadOnlyDictionary<Emotion, double> Scores);

/// <summary>Formal or casual, with a score in 0 (very casual) .. 1 (very formal).</summary>
public sealed record FormalityReading(FormalityLabel Label, double Score);

/// <summary>How soon the writer expects an answer, with a score 0..1.</summary>
public sealed record UrgencyReading(UrgencyLevel Label, double Score);

/// <summary>Whether the message is likely sarcastic or ironic, with a score 0..1.</summary>
public sealed record SarcasmReading(bool Detected, double Score);

/// <summary>One emoji (a whole grapheme cluster) or emoticon found in the text, and what it conveys.</summary>
/// <param name="Text">The emoji or emoticon exactly as written.</param>
/// <param name="Kind">"emoji" or "emoticon".</param>
/// <param name="Name">A short name, e.g. "disappointed face".</param>
/// <param name="Emotion">The emotion it usually conveys.</param>
/// <param name="Sentiment">Its sentiment, -1..1.</param>
public sealed record EmojiReading(string Text, string Kind, string Name, Emotion Emotion, double Sentiment);

/// <summary>One reason behind a decision: which dimension it affected, what was seen, and its weight.</summary>
/// <param name="Dimension">sentiment, emotion, intensity, formality, urgency, sarcasm, needsSupport, caring or language.</param>
/// <param name="Signal">What was seen, e.g. "word:terrible", "emoji:😞", "elongation:sooo", "negation:not happy".</param>
/// <param name="Weight">Signed contribution; positive pushes towards the chosen label.</param>
public sealed record ToneCue(string Dimension, string Signal, double Weight);
