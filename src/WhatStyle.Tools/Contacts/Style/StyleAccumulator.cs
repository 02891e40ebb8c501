namespace WhatStyle.Tools.Contacts.Style;

/// <summary>
/// The style learner's running state for one contact or group: exponentially decayed sums, so the fingerprint can
/// evolve with every message without re-reading history. Stored as-is by repositories; only <see cref="StyleLearner"/> changes it.
/// </summary>
/// <remarks>
/// Every sum is kept "as of" <see cref="ReferenceTicks"/> (the newest message seen). A message <c>d</c> days older
/// than that weighs <c>2^(-d / half-life)</c>; when a newer message arrives all sums are scaled down first, so the
/// result does not depend on the order messages arrive in.
/// </remarks>
public sealed class StyleAccumulator
{
    /// <summary>UTC ticks of the newest message observed.</summary>
    public long ReferenceTicks { get; set; }

    /// <summary>How many messages were observed (undecayed).</summary>
    public int Count { get; set; }

    /// <summary>Sum of the messages' weights.</summary>
    public double Weight { get; set; }

    public double EmojiSum { get; set; }
    public double LengthSum { get; set; }
    public double CapitalizedSum { get; set; }
    public double PeriodSum { get; set; }
    public double ExclamationSum { get; set; }
    public double QuestionSum { get; set; }
    public double EllipsisSum { get; set; }
    public double FormalitySum { get; set; }

    /// <summary>Weighted message lengths in buckets of <see cref="StyleLearner.LengthBucketWidth"/> characters; the last bucket holds longer ones.</summary>
    public double[] LengthHistogram { get; set; } = new double[StyleLearner.LengthBuckets];

    public List<WeightedTerm> Emoji { get; set; } = [];

    /// <summary>
    /// For each topic emoji (🍕, 🎲: <see cref="Tone.Emoji.EmojiMeaning.IsTopic"/>), the most recent distinct UTC days it was
    /// sent on, at most <see cref="StyleLearner.TopicEmojiDays"/>: one evening full of pizza is not a habit. The newest
    /// days of a set do not depend on the order messages arrive in.
    /// </summary>
    public List<TermDays> EmojiDays { get; set; } = [];
    public List<WeightedTerm> Openers { get; set; } = [];
    public List<WeightedTerm> Closers { get; set; } = [];
    public List<WeightedTerm> Languages { get; set; } = [];

    /// <summary>Chat shorthand ("u", "lol"): the weight of the messages using each.</summary>
    public List<WeightedTerm> Shorthand { get; set; } = [];

    /// <summary>
    /// Per language (fr, es, de, pt), the weight of the messages addressing the contact the familiar way (tu, du) and
    /// the polite way (vous, Sie). Absent from records stored before they were learned: empty.
    /// </summary>
    public List<WeightedTerm> FamiliarAddress { get; set; } = [];
    public List<WeightedTerm> PoliteAddress { get; set; } = [];

    /// <summary>Weighted sum of ln(1 + seconds) of reply delays, and the weight of the replies it covers.</summary>
    public double DelayLogSum { get; set; }
    public double DelayWeight { get; set; }

    public StyleAccumulator Clone() => new()
    {
        ReferenceTicks = ReferenceTicks,
        Count = Count,
        Weight = Weight,
        EmojiSum = EmojiSum,
        LengthSum = LengthSum,
        CapitalizedSum = CapitalizedSum,
        PeriodSum = PeriodSum,
        ExclamationSum = ExclamationSum,
        QuestionSum = QuestionSum,
        EllipsisSum = EllipsisSum,
        FormalitySum = FormalitySum,
        LengthHistogram = (double[])LengthHistogram.Clone(),
        Emoji = [.. Emoji.Select(t => t with { })],
        EmojiDays = [.. EmojiDays.Select(t => t with { Days = [.. t.Days] })],
        Openers = [.. Openers.Select(t => t with { })],
        Closers = [.. Closers.Select(t => t with { })],
        Languages = [.. Languages.Select(t => t with { })],
        Shorthand = [.. Shorthand.Select(t => t with { })],
        FamiliarAddress = [.. FamiliarAddress.Select(t => t with { })],
        PoliteAddress = [.. PoliteAddress.Select(t => t with { })],
        DelayLogSum = DelayLogSum,
        DelayWeight = DelayWeight,
    };
}

/// <summary>A term (emoji, opener, language) and its decayed weight.</summary>
public sealed record WeightedTerm
{
    public string Term { get; set; } = "";
    public double Weight { get; set; }
}

/// <summary>A term and the distinct days (UTC day numbers since 0001-01-01) it was seen on, newest first.</summary>
public sealed record TermDays
{
    public string Term { get; set; } = "";
    public List<int> Days { get; set; } = [];
}
