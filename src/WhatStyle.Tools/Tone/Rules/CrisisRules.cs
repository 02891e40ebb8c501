using WhatStyle.Tools.Tone.Emoji;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>
/// Whether a message may be a crisis (self-harm, danger, a medical emergency, abuse), from phrases in five languages.
/// </summary>
/// <remarks>
/// Phrases weigh 1.0 (they name the crisis: "kill myself", "call an ambulance"), 0.6 (indirect: "can't go on", "car
/// broke down on the motorway") or 0.3 (hints that count only together: "getting dark", "alone"). Per kind the weights
/// add up; 0.55 is possible, 0.95 likely. A phrase inside an idiom ("drowning in emails", "gave me a heart attack")
/// does not count; laughing emoji take 0.4 off (a joke is usually a joke, but "I want to die 😂" stays possible).
/// </remarks>
internal static class CrisisRules
{
    public const double PossibleAt = 0.55;
    public const double LikelyAt = 0.95;

    private const int KindCount = 4;

    private static readonly (PhraseSet Set, CrisisKind Kind, double Weight)[] s_tiers =
    [
        (new PhraseSet(CrisisPhrases.SelfHarmLikely), CrisisKind.SelfHarm, 1.0),
        (new PhraseSet(CrisisPhrases.DangerLikely), CrisisKind.Danger, 1.0),
        (new PhraseSet(CrisisPhrases.MedicalLikely), CrisisKind.Medical, 1.0),
        (new PhraseSet(CrisisPhrases.AbuseLikely), CrisisKind.Abuse, 1.0),
        (new PhraseSet(CrisisPhrases.SelfHarmPossible), CrisisKind.SelfHarm, 0.6),
        (new PhraseSet(CrisisPhrases.DangerPossible), CrisisKind.Danger, 0.6),
        (new PhraseSet(CrisisPhrases.MedicalPossible), CrisisKind.Medical, 0.6),
        (new PhraseSet(CrisisPhrases.AbusePossible), CrisisKind.Abuse, 0.6),
        .. CrisisPhrases.Weak.Select(w => (new PhraseSet(w.Phrases), w.Kind, 0.3)),
    ];

    private static readonly PhraseSet s_idioms = new(CrisisPhrases.Idioms);

    /// <summary>Reads the crisis phrases; <paramref name="sadnessFear"/> (model) lends weight to a self-harm hint.</summary>
    /// <param name="message">The scanned message.</param>
    /// <param name="sadnessFear">The emotion model's sadness plus fear, 0..1.</param>
    /// <param name="idiom">Set to true when an idiom borrowing crisis words was seen (the semantic reading must not override it).</param>
    public static CrisisScores Read(ScannedMessage message, float sadnessFear, CueList cues, out bool idiom)
    {
        Span<double> score = stackalloc double[KindCount];
        List<string>? found = null;
        // Recorded even when no crisis phrase sits inside it, so the semantic reading cannot turn the idiom into a crisis.
        var idiomPhrase = s_idioms.FirstIn(message);
        idiom = idiomPhrase is not null;
        if (idiom)
        {
            cues.Add(Dimensions.Crisis, $"idiom:{idiomPhrase}", 0);
        }

        foreach (var (set, kind, weight) in s_tiers)
        {
            // Two phrases that name the crisis, or two hints, add up; two indirect phrases are still only indirect.
            var maxHits = weight is 0.6 ? 1 : 2;
            var from = 0;
            var hits = 0;
            while (hits < maxHits && (from = set.Find(message, from, out var phrase)) >= 0)
            {
                var at = from;
                from++;
                if (InsideIdiom(message, at, ref idiom))
                {
                    continue;
                }

                hits++;
                score[(int)kind] += weight;
                (found ??= []).Add($"{CrisisReading.Name(kind)}:{phrase}");
                cues.Add(Dimensions.Crisis, $"phrase:{phrase}", weight);
            }
        }

        if (found is null)
        {
            return CrisisScores.Empty;
        }

        if (score[(int)CrisisKind.SelfHarm] > 0 && sadnessFear >= 0.5)
        {
            score[(int)CrisisKind.SelfHarm] += 0.25;
            cues.Add(Dimensions.Crisis, $"model:sadness+fear {sadnessFear:0.00}", 0.25);
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

    private static bool InsideIdiom(ScannedMessage message, int at, ref bool idiom)
    {
        // Idioms are a few words long: one starting up to four words before the phrase can cover it.
        var start = Math.Max(0, at - 4);
        var index = s_idioms.Find(message, start, out var phrase);
        while (index >= 0 && index <= at)
        {
            if (index + WordCount(phrase!) > at)
            {
                idiom = true;
                return true;
            }

            index = s_idioms.Find(message, index + 1, out phrase);
        }

        return false;
    }

    private static int WordCount(string phrase) => phrase.AsSpan().Count(' ') + 1;

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
