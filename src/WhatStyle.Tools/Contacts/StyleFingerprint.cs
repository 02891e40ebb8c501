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

    /// <summary>
    /// Per language with a T/V distinction (fr, es, de, pt), how often the owner addresses them the familiar and the
    /// polite way; languages with no marker in any message are absent.
    /// </summary>
    public IReadOnlyDictionary<string, AddressTally> Address { get; init; } = new Dictionary<string, AddressTally>();

    /// <summary>How the owner addresses them in <paramref name="language"/>, as far as their messages show; null when they do not.</summary>
    public AddressForm? LearnedAddress(string language) => Address.TryGetValue(language, out var tally)
        ? tally.Form
        // A short message often shows no language ("tu viens ?") and so no main language either: the language whose
        // markers the owner used most speaks for the contact then.
        : Address.Values.OrderByDescending(t => t.Familiar + t.Polite).FirstOrDefault()?.Form;

    /// <summary>Typical delay between the contact's message and the owner's reply, when known.</summary>
    public TimeSpan? TypicalResponseDelay { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public static StyleFingerprint Empty { get; } = new();
}
