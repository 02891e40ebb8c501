using Microsoft.Extensions.Options;
using WhatStyle.Tools.Tone.Emoji;

namespace WhatStyle.Tools.Contacts.Style;

/// <summary>
/// Learns how the owner writes to one person from the owner's own messages: each message updates an
/// <see cref="StyleAccumulator"/> with exponential time decay, and <see cref="Describe"/> turns it into a <see cref="StyleFingerprint"/>.
/// </summary>
public sealed class StyleLearner
{
    /// <summary>Width of one length-histogram bucket, in characters.</summary>
    public const int LengthBucketWidth = 4;

    /// <summary>Number of buckets (the last one collects messages of 4 × 99 characters or more).</summary>
    public const int LengthBuckets = 100;

    /// <summary>
    /// A topic emoji (🍕, 🎲, 🎉: a thing, not a face, heart or hand) is a favourite only once the owner has sent it to
    /// this person on this many distinct days: a feeling emoji is a way of writing, a topic emoji follows the subject, and
    /// one conversation about pizza says nothing about the next reply.
    /// </summary>
    public const int TopicEmojiDays = 3;

    private const int MaxTerms = 40;
    private const double PruneBelow = 1e-4;

    private readonly double _halfLifeTicks;
    private readonly TimeSpan _maxDelay;

    public StyleLearner(IOptions<StyleOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _halfLifeTicks = TimeSpan.FromDays(options.Value.HalfLifeDays).Ticks;
        _maxDelay = TimeSpan.FromHours(options.Value.MaxResponseDelayHours);
    }

    /// <summary>Adds one of the owner's messages to <paramref name="state"/> (mutated in place).</summary>
    /// <param name="state">The running state.</param>
    /// <param name="text">The owner's message.</param>
    /// <param name="timestamp">When it was written.</param>
    /// <param name="responseDelay">Time since the contact's message it answers, when it answers one.</param>
    public void Observe(StyleAccumulator state, string text, DateTimeOffset timestamp, TimeSpan? responseDelay = null)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        var weight = AdvanceTo(state, timestamp.UtcTicks);
        var features = MessageFeatures.Extract(text);

        state.Count++;
        state.Weight += weight;
        state.EmojiSum += weight * features.Emoji.Count;
        state.LengthSum += weight * features.Length;
        state.CapitalizedSum += features.Capitalized ? weight : 0;
        state.PeriodSum += features.EndsWithPeriod ? weight : 0;
        state.ExclamationSum += features.EndsWithExclamation ? weight : 0;
        state.QuestionSum += features.EndsWithQuestion ? weight : 0;
        state.EllipsisSum += features.EndsWithEllipsis ? weight : 0;
        state.FormalitySum += weight * features.Formality;
        state.LengthHistogram[Math.Min(LengthBuckets - 1, features.Length / LengthBucketWidth)] += weight;

        foreach (var emoji in features.Emoji)
        {
            AddTerm(state.Emoji, emoji, weight);
        }

        foreach (var topic in features.Emoji.Distinct(StringComparer.Ordinal).Where(EmojiMeaning.IsTopic))
        {
            AddDay(state, topic, (int)(timestamp.UtcTicks / TimeSpan.TicksPerDay));
        }

        AddTerm(state.Openers, features.Opener, weight);
        AddTerm(state.Closers, features.Closer, weight);
        AddTerm(state.Languages, features.Language, weight);
        foreach (var shorthand in features.Shorthand)
        {
            AddTerm(state.Shorthand, shorthand, weight);
        }

        foreach (var address in features.Address)
        {
            AddTerm(address.Form == AddressForm.Familiar ? state.FamiliarAddress : state.PoliteAddress, address.Language, weight);
        }

        if (responseDelay is { } delay && delay >= TimeSpan.Zero && delay <= _maxDelay)
        {
            state.DelayLogSum += weight * Math.Log(1 + delay.TotalSeconds);
            state.DelayWeight += weight;
        }
    }

    /// <summary>The fingerprint the state describes; <see cref="StyleFingerprint.Empty"/> when no message was seen.</summary>
    public static StyleFingerprint Describe(StyleAccumulator state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Count == 0 || state.Weight <= 0)
        {
            return StyleFingerprint.Empty;
        }

        var w = state.Weight;
        var languageTotal = state.Languages.Sum(t => t.Weight);
        return new StyleFingerprint
        {
            MessageCount = state.Count,
            EmojiRate = state.EmojiSum / w,
            TopEmoji = [.. state.Emoji
                .Where(t => !EmojiMeaning.IsTopic(t.Term) || DaysOf(state, t.Term) >= TopicEmojiDays)
                .OrderByDescending(t => t.Weight).ThenBy(t => t.Term, StringComparer.Ordinal).Take(5).Select(t => t.Term)],
            MeanLength = state.LengthSum / w,
            MedianLength = Quantile(state.LengthHistogram, 0.5),
            P90Length = Quantile(state.LengthHistogram, 0.9),
            CapitalizedRate = state.CapitalizedSum / w,
            PeriodRate = state.PeriodSum / w,
            ExclamationRate = state.ExclamationSum / w,
            QuestionRate = state.QuestionSum / w,
            EllipsisRate = state.EllipsisSum / w,
            Formality = state.FormalitySum / w,
            Openers = Habits(state.Openers, w),
            Closers = Habits(state.Closers, w),
            Languages = languageTotal <= 0
                ? new Dictionary<string, double>()
                : state.Languages.OrderByDescending(t => t.Weight).ToDictionary(t => t.Term, t => t.Weight / languageTotal, StringComparer.Ordinal),
            Shorthand = state.Shorthand
                .Where(t => t.Weight / w >= 0.02)
                .OrderByDescending(t => t.Weight)
                .ThenBy(t => t.Term, StringComparer.Ordinal)
                .Take(10)
                .ToDictionary(t => t.Term, t => Math.Round(t.Weight / w, 4), StringComparer.Ordinal),
            Address = AddressCounts(state),
            TypicalResponseDelay = state.DelayWeight > 0
                ? TimeSpan.FromSeconds(Math.Round(Math.Exp(state.DelayLogSum / state.DelayWeight) - 1))
                : null,
            UpdatedAt = state.ReferenceTicks > 0 ? new DateTimeOffset(state.ReferenceTicks, TimeSpan.Zero) : null,
        };
    }

    /// <summary>Moves the reference time forward (decaying everything) or weighs an older message down; returns its weight.</summary>
    private double AdvanceTo(StyleAccumulator state, long ticks)
    {
        if (state.Count == 0)
        {
            state.ReferenceTicks = ticks;
            return 1;
        }

        if (ticks <= state.ReferenceTicks)
        {
            return Decay(state.ReferenceTicks - ticks);
        }

        var factor = Decay(ticks - state.ReferenceTicks);
        state.ReferenceTicks = ticks;
        state.Weight *= factor;
        state.EmojiSum *= factor;
        state.LengthSum *= factor;
        state.CapitalizedSum *= factor;
        state.PeriodSum *= factor;
        state.ExclamationSum *= factor;
        state.QuestionSum *= factor;
        state.EllipsisSum *= factor;
        state.FormalitySum *= factor;
        state.DelayLogSum *= factor;
        state.DelayWeight *= factor;
        for (var i = 0; i < state.LengthHistogram.Length; i++)
        {
            state.LengthHistogram[i] *= factor;
        }

        foreach (var terms in new[] { state.Emoji, state.Openers, state.Closers, state.Languages, state.Shorthand, state.FamiliarAddress, state.PoliteAddress })
        {
            foreach (var term in terms)
            {
                term.Weight *= factor;
            }
        }

        return 1;
    }

    private double Decay(long ticks) => Math.Pow(2, -ticks / _halfLifeTicks);

    private static void AddTerm(List<WeightedTerm> terms, string? term, double weight)
    {
        if (string.IsNullOrEmpty(term))
        {
            return;
        }

        var existing = terms.Find(t => string.Equals(t.Term, term, StringComparison.Ordinal));
        if (existing is not null)
        {
            existing.Weight += weight;
            return;
        }

        terms.Add(new WeightedTerm { Term = term, Weight = weight });
        if (terms.Count > MaxTerms * 2)
        {
            // Keep the state small: only the strongest terms can ever be shown.
            terms.Sort((a, b) => b.Weight.CompareTo(a.Weight));
            terms.RemoveAll(t => t.Weight < PruneBelow);
            if (terms.Count > MaxTerms)
            {
                terms.RemoveRange(MaxTerms, terms.Count - MaxTerms);
            }
        }
    }

    /// <summary>Notes that a topic emoji was sent on <paramref name="day"/>; keeps the newest distinct days only.</summary>
    private static void AddDay(StyleAccumulator state, string term, int day)
    {
        var entry = state.EmojiDays.Find(t => string.Equals(t.Term, term, StringComparison.Ordinal));
        if (entry is null)
        {
            entry = new TermDays { Term = term };
            state.EmojiDays.Add(entry);
        }

        if (!entry.Days.Contains(day))
        {
            entry.Days.Add(day);
            entry.Days.Sort((a, b) => b.CompareTo(a));
            if (entry.Days.Count > TopicEmojiDays)
            {
                entry.Days.RemoveRange(TopicEmojiDays, entry.Days.Count - TopicEmojiDays);
            }
        }

        if (state.EmojiDays.Count > MaxTerms * 2)
        {
            // Only an emoji the weights still hold can be a favourite: the days of the others go with them.
            state.EmojiDays.RemoveAll(t => !state.Emoji.Exists(e => string.Equals(e.Term, t.Term, StringComparison.Ordinal)));
        }
    }

    private static Dictionary<string, AddressTally> AddressCounts(StyleAccumulator state) =>
        state.FamiliarAddress.Select(t => t.Term).Union(state.PoliteAddress.Select(t => t.Term), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                language => language,
                language => new AddressTally(Math.Round(WeightOf(state.FamiliarAddress, language), 4), Math.Round(WeightOf(state.PoliteAddress, language), 4)),
                StringComparer.Ordinal);

    private static double WeightOf(List<WeightedTerm> terms, string term) =>
        terms.Find(t => string.Equals(t.Term, term, StringComparison.Ordinal))?.Weight ?? 0;

    private static int DaysOf(StyleAccumulator state, string term) =>
        state.EmojiDays.Find(t => string.Equals(t.Term, term, StringComparison.Ordinal))?.Days.Count ?? 0;

    // A habit is a first or last word in at least 15% of (weighted) messages: with ten messages, twice or more.
    private static List<string> Habits(List<WeightedTerm> terms, double totalWeight) =>
        [.. terms.Where(t => t.Weight / totalWeight >= 0.15)
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(5)
            .Select(t => t.Term)];

    private static double Quantile(double[] histogram, double q)
    {
        var total = histogram.Sum();
        if (total <= 0)
        {
            return 0;
        }

        var target = q * total;
        var cumulative = 0.0;
        for (var i = 0; i < histogram.Length; i++)
        {
            if (cumulative + histogram[i] >= target && histogram[i] > 0)
            {
                // Interpolate inside the bucket, so a median is not always a multiple of the bucket width.
                var within = (target - cumulative) / histogram[i];
                return Math.Round((i + within) * LengthBucketWidth, 1);
            }

            cumulative += histogram[i];
        }

        return (histogram.Length - 1) * LengthBucketWidth;
    }
}
