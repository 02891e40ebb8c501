using WhatStyle.Tools.Tone.Emoji;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>
/// Whether a message may be a crisis (self-harm, danger, a medical emergency, abuse), from phrases and frames
/// (<see cref="CrisisFrames"/>: concepts that together tell one) in five languages.
/// </summary>
/// <remarks>
/// Phrases weigh 1.0 (they name the crisis: "kill myself", "call an ambulance"), 0.6 (indirect: "can't go on", "car
/// broke down on the motorway"), 0.3 (hints that count only together: "getting dark", "alone") or 0.28 (last words that
/// count only with another hint, never lifted by sadness alone: "one last time", "on the bridge"). Per kind the weights
/// add up; 0.55 is possible, 0.95 likely. A phrase inside an idiom ("drowning in emails", "gave me a heart attack")
/// does not count; laughing emoji take 0.4 off (a joke is usually a joke, but "I want to die 😂" stays possible).
/// </remarks>
internal static class CrisisRules
{
    public const double PossibleAt = 0.55;
    public const double LikelyAt = 0.95;

    private const int KindCount = 4;

    /// <summary>A hint that a second hint must join: alone, even with the sadness lift, it stays under <see cref="PossibleAt"/>.</summary>
    private const double PairedWeight = 0.28;

    /// <summary>The lift the emotion model's sadness and fear give a self-harm hint.</summary>
    private const double SadnessLift = 0.25;

    /// <summary>Tag of an idiom in <see cref="s_phrases"/>: weight 0.</summary>
    private const double IdiomWeight = 0;

    private static readonly TaggedPhraseSet<(CrisisKind Kind, double Weight)> s_phrases = new(
    [
        .. Tag(CrisisPhrases.SelfHarmLikely, CrisisKind.SelfHarm, 1.0),
        .. Tag(CrisisPhrases.DangerLikely, CrisisKind.Danger, 1.0),
        .. Tag(CrisisPhrases.MedicalLikely, CrisisKind.Medical, 1.0),
        .. Tag(CrisisPhrases.AbuseLikely, CrisisKind.Abuse, 1.0),
        .. Tag(CrisisPhrases.SelfHarmPossible, CrisisKind.SelfHarm, 0.6),
        .. Tag(CrisisPhrases.DangerPossible, CrisisKind.Danger, 0.6),
        .. Tag(CrisisPhrases.MedicalPossible, CrisisKind.Medical, 0.6),
        .. Tag(CrisisPhrases.AbusePossible, CrisisKind.Abuse, 0.6),
        .. CrisisPhrases.Weak.SelectMany(w => Tag(w.Phrases, w.Kind, 0.3)),
        .. CrisisPhrases.Paired.SelectMany(w => Tag(w.Phrases, w.Kind, PairedWeight)),
        .. Tag(CrisisPhrases.Idioms, CrisisKind.SelfHarm, IdiomWeight),
    ]);

    /// <summary>Reads the crisis phrases; <paramref name="sadnessFear"/> (model) lends weight to a self-harm hint.</summary>
    /// <param name="message">The scanned message.</param>
    /// <param name="sadnessFear">The emotion model's sadness plus fear, 0..1.</param>
    /// <param name="idiom">Set to true when an idiom borrowing crisis words was seen (the semantic reading must not override it).</param>
    public static CrisisScores Read(ScannedMessage message, float sadnessFear, CueList cues, out bool idiom)
    {
        // The matches live only for this call: one list per thread instead of one per message.
        using var matches = ThreadScratch<List<TaggedPhraseSet<(CrisisKind Kind, double Weight)>.Match>>.Borrow();
        s_phrases.FindAll(message, matches.Item);
        Span<(int Start, int Words)> idioms = stackalloc (int, int)[8];
        var idiomCount = 0;
        foreach (var match in matches.Item)
        {
            if (match.Tag.Weight == IdiomWeight && idiomCount < idioms.Length)
            {
                idioms[idiomCount++] = (match.Index, match.Words);
            }
        }

        using var frames = ThreadScratch<List<CrisisFrames.Frame>>.Borrow();
        CrisisFrames.FindAll(message, idioms[..idiomCount], frames.Item);
        return Read(message, sadnessFear, cues, matches.Item, frames.Item, out idiom);
    }

    private static CrisisScores Read(
        ScannedMessage message,
        float sadnessFear,
        CueList cues,
        List<TaggedPhraseSet<(CrisisKind Kind, double Weight)>.Match> matches,
        List<CrisisFrames.Frame> frames,
        out bool idiom)
    {
        idiom = false;
        if (matches.Count == 0 && frames.Count == 0)
        {
            return CrisisScores.Empty;
        }

        Span<double> score = stackalloc double[KindCount];
        // Per kind and tier: two phrases that name the crisis, or two hints, add up; two indirect phrases are still only indirect.
        Span<int> hits = stackalloc int[KindCount * 3];
        List<string>? found = null;
        foreach (var match in matches)
        {
            if (match.Tag.Weight == IdiomWeight)
            {
                // Recorded even when no crisis phrase sits inside it, so the semantic reading cannot turn the idiom into a crisis.
                if (!idiom)
                {
                    cues.Add(Dimensions.Crisis, $"idiom:{match.Phrase}", 0);
                }

                idiom = true;
            }
        }

        // A phrase inside one already counted ("vet" in "at the vet") is the same evidence, not a second hint.
        Span<(int Start, int End)> counted = stackalloc (int, int)[Math.Min(matches.Count, 16)];
        var countedCount = 0;
        foreach (var match in matches)
        {
            var (kind, weight) = match.Tag;
            if (weight == IdiomWeight || InsideIdiom(matches, match.Index) || Inside(counted[..countedCount], match))
            {
                continue;
            }

            var tier = (KindCount * (weight >= 1 ? 0 : weight >= 0.6 ? 1 : 2)) + (int)kind;
            if (hits[tier] >= (weight is 0.6 ? 1 : 2))
            {
                continue;
            }

            hits[tier]++;
            if (countedCount < counted.Length)
            {
                counted[countedCount++] = (match.Index, match.Index + match.Words);
            }

            score[(int)kind] += weight;
            (found ??= []).Add($"{CrisisReading.Name(kind)}:{match.Phrase}");
            cues.Add(Dimensions.Crisis, $"phrase:{match.Phrase}", weight);
        }

        // A frame is one more piece of evidence of its tier, under the same caps as the phrases.
        foreach (var frame in frames)
        {
            var tier = (KindCount * (frame.Weight >= 1 ? 0 : frame.Weight >= 0.6 ? 1 : 2)) + (int)frame.Kind;
            if (hits[tier] >= (frame.Weight is >= 0.6 and < 1 ? 1 : 2))
            {
                continue;
            }

            hits[tier]++;
            score[(int)frame.Kind] += frame.Weight;
            (found ??= []).Add($"{CrisisReading.Name(frame.Kind)}:{frame.Name}");
            cues.Add(Dimensions.Crisis, $"frame:{frame.Name}", frame.Weight);
        }

        if (found is null)
        {
            return CrisisScores.Empty;
        }

        if (score[(int)CrisisKind.SelfHarm] > 0 && sadnessFear >= 0.5)
        {
            score[(int)CrisisKind.SelfHarm] += SadnessLift;
            cues.Add(Dimensions.Crisis, $"model:sadness+fear {sadnessFear:0.00}", SadnessLift);
        }

        if (Laughing(message))
        {
            for (var k = 0; k < KindCount; k++)
            {
                score[k] -= 0.4;
            }

            cues.Add(Dimensions.Crisis, "emoji:laughing", -0.4);
        }

        return new CrisisScores(score[0], score[1], score[2], score[3], found);
    }

    /// <summary>The level and kind of the strongest crisis score.</summary>
    public static CrisisReading Level(CrisisScores scores)
    {
        var best = CrisisKind.SelfHarm;
        for (var k = 1; k < KindCount; k++)
        {
            if (scores[(CrisisKind)k] > scores[best])
            {
                best = (CrisisKind)k;
            }
        }

        var top = scores[best];
        var level = top >= LikelyAt ? CrisisLevel.Likely : top >= PossibleAt ? CrisisLevel.Possible : CrisisLevel.None;
        return level == CrisisLevel.None ? CrisisReading.None : new CrisisReading(level, CrisisReading.Name(best), scores.Cues);
    }

    private static bool Inside(ReadOnlySpan<(int Start, int End)> counted, TaggedPhraseSet<(CrisisKind Kind, double Weight)>.Match match)
    {
        foreach (var (start, end) in counted)
        {
            if (match.Index >= start && match.Index + match.Words <= end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool InsideIdiom(List<TaggedPhraseSet<(CrisisKind Kind, double Weight)>.Match> matches, int at)
    {
        foreach (var match in matches)
        {
            if (match.Tag.Weight == IdiomWeight && match.Index <= at && match.Index + match.Words > at)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<(string, (CrisisKind, double))> Tag(IEnumerable<string> phrases, CrisisKind kind, double weight) =>
        phrases.Select(p => (p, (kind, weight)));

    private static bool Laughing(ScannedMessage message)
    {
        foreach (var emoji in message.Emojis)
        {
            if (emoji.Entry.Has(EmojiFlags.Laugh))
            {
                return true;
            }
        }

        foreach (var word in message.Words)
        {
            var folded = message.FoldedOf(word);
            foreach (var laugh in s_laughs)
            {
                if (folded.StartsWith(laugh, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Folded forms: "kkkk" is folded to "kk", so "kk" with nothing else is Portuguese laughter too.
    private static readonly string[] s_laughs = ["haha", "hehe", "jaja", "jeje", "lol", "lmao", "rofl", "mdr", "kk", "rsrs", "xd"];
}
