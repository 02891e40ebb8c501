using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Contacts;

/// <summary>How the owner writes to one contact, learned from the owner's own messages to them; recent messages weigh more.</summary>
public sealed record StyleFingerprint
{
    /// <summary>How many of the owner's messages the fingerprint rests on.</summary>
    public int MessageCount { get; init; }

    /// <summary>Emoji per message (weighted mean).</summary>
    public double EmojiRate { get; init; }

    public IReadOnlyList<string> TopEmoji { get; init; } = [];

    /// <summary>Typical message length in characters (weighted mean), and the spread of lengths.</summary>
    public double MeanLength { get; init; }
    public double MedianLength { get; init; }
    public double P90Length { get; init; }

    /// <summary>Share of messages that start with a capital letter, 0..1.</summary>
    public double CapitalizedRate { get; init; }

    /// <summary>Share of messages ending in ".", "!", "?" or an ellipsis, 0..1 each.</summary>
    public double PeriodRate { get; init; }
    public double ExclamationRate { get; init; }
    public double QuestionRate { get; init; }
    public double EllipsisRate { get; init; }

    /// <summary>Formality of the owner's messages, 0 (very casual) .. 1 (very formal).</summary>
    public double Formality { get; init; }

    public FormalityLabel FormalityLabel => Formality >= 0.5 ? FormalityLabel.Formal : FormalityLabel.Casual;

    /// <summary>Frequent first and last words or phrases ("Hey", "Good morning", "xx", "Best regards").</summary>
    public IReadOnlyList<string> Openers { get; init; } = [];
    public IReadOnlyList<string> Closers { get; init; } = [];

    /// <summary>Share of messages per ISO 639-1 language.</summary>
    public IReadOnlyDictionary<string, double> Languages { get; init; } = new Dictionary<string, double>();

    /// <summary>Chat shorthand ("u", "lol", "pls") and the share of messages using each (those in at least 2%).</summary>
    public IReadOnlyDictionary<string, double> Shorthand { get; init; } = new Dictionary<string, double>();

    /// <summary>Typical delay between the contact's message and the owner's reply, when known.</summary>
    public TimeSpan? TypicalResponseDelay { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public static StyleFingerprint Empty { get; } = new();
}
