using System.Globalization;
using WhatStyle.Tools.Tone.Rules;

namespace WhatStyle.Tools.Tone.Semantic;

/// <summary>
/// Folds the semantic reading into the lexical one. Meaning adds what words alone miss (an emergency told without alarm
/// words, quiet hopelessness, a request without "please"); it never takes away what a rule found, and a rule's idiom
/// ("drowning in emails") keeps a crisis from being read into it.
/// </summary>
internal static class SemanticMerge
{
    public static ToneAnalysis Apply(ToneAnalysis lexical, SemanticReading meaning, SemanticThresholds? thresholds = null)
    {
        var t = thresholds ?? SemanticThresholds.Default;
        ArgumentNullException.ThrowIfNull(lexical);
        ArgumentNullException.ThrowIfNull(meaning);
        var cues = new List<ToneCue>(lexical.Cues);
        var idiom = lexical.Cues.Any(c => c.Dimension == Dimensions.Crisis && c.Signal.StartsWith("idiom:", StringComparison.Ordinal));

        var intent = lexical.Intent;
        var phraseDecided = lexical.Cues.Any(c => c.Dimension == Dimensions.Intent && !c.Signal.StartsWith("punctuation:", StringComparison.Ordinal));
        var (intentIndex, intentP) = Top(meaning.Intent);
        var semanticIntent = Enum.GetValues<MessageIntent>()[intentIndex];
        if (!phraseDecided && intentP >= t.Intent && semanticIntent != intent)
        {
            intent = semanticIntent;
            cues.Add(new ToneCue(Dimensions.Intent, $"semantic:{SemanticHeads.IntentLabels[intentIndex]}", Math.Round(intentP, 3)));
        }

        var crisis = lexical.Crisis;
        var crisisP = meaning.Crisis[1] + meaning.Crisis[2];
        // Any strong signal holds the reply: a rule, the head, or a meaning nearer a known crisis than any ordinary message.
        var byHead = crisisP >= t.Crisis;
        var byPrototype = meaning.CrisisMargin >= t.Prototype;
        // A rule hint below "possible" and a head that leans to a crisis agree: together they are evidence neither is alone.
        var byHint = crisisP >= t.Hinted && RuleHint(lexical.Cues) > 0;
        if (crisis.Level == CrisisLevel.None && !idiom && HasMeaningToRead(lexical.Text) && (byHead || byPrototype || byHint))
        {
            var kind = SemanticHeads.KindLabels[Top(meaning.Kind).Index];
            // Possible on weaker evidence than likely: a missed crisis is answered automatically, a false alarm costs a look.
            var level = meaning.Crisis[2] >= t.Likely ? CrisisLevel.Likely : CrisisLevel.Possible;
            var cue = byHead || byHint ? string.Create(CultureInfo.InvariantCulture, $"{kind}:semantic {crisisP:0.00}")
                : string.Create(CultureInfo.InvariantCulture, $"{kind}:near a known crisis {meaning.CrisisMargin:+0.00;-0.00}");
            crisis = new CrisisReading(level, kind, [cue]);
            cues.Add(byHead || byHint
                ? new ToneCue(Dimensions.Crisis, byHead ? $"semantic:{kind}" : $"semantic+hint:{kind}", Math.Round(crisisP, 3))
                : new ToneCue(Dimensions.Crisis, $"prototype:{kind}", Math.Round(meaning.CrisisMargin, 3)));
        }
        else if (crisis.Level == CrisisLevel.Possible && meaning.Crisis[2] >= t.Likely)
        {
            crisis = crisis with { Level = CrisisLevel.Likely, Cues = [.. crisis.Cues, $"{crisis.Kind}:semantic likely {meaning.Crisis[2]:0.00}"] };
            cues.Add(new ToneCue(Dimensions.Crisis, "semantic:likely", Math.Round(meaning.Crisis[2], 3)));
        }

        if (MeaningAdjustments.SharesBadNews(intent, crisis))
        {
            intent = MessageIntent.BadNews;
            cues.Add(new ToneCue(Dimensions.Intent, $"crisis:{crisis.Kind}", 1));
        }

        var needsSupport = lexical.NeedsSupport || crisis.HoldsReply;
        var aboutReader = intent is MessageIntent.Condolence or MessageIntent.Apology or MessageIntent.Thanks or MessageIntent.Praise;
        if (!needsSupport && !aboutReader && meaning.Distress >= t.Distress)
        {
            needsSupport = true;
            cues.Add(new ToneCue(Dimensions.NeedsSupport, "semantic:distress", Math.Round(meaning.Distress, 3)));
        }

        var urgency = lexical.Urgency;
        if (urgency.Label != UrgencyLevel.High && meaning.Urgency[2] >= t.HighUrgency)
        {
            urgency = new UrgencyReading(UrgencyLevel.High, Math.Round(Math.Max(urgency.Score, 0.6), 3));
            cues.Add(new ToneCue(Dimensions.Urgency, "semantic:high", Math.Round(meaning.Urgency[2], 3)));
        }
        else if (urgency.Label == UrgencyLevel.Low && meaning.Urgency[1] + meaning.Urgency[2] >= t.MediumUrgency)
        {
            urgency = new UrgencyReading(UrgencyLevel.Medium, Math.Round(Math.Max(urgency.Score, 0.3), 3));
            cues.Add(new ToneCue(Dimensions.Urgency, "semantic:medium", Math.Round(meaning.Urgency[1] + meaning.Urgency[2], 3)));
        }

        // A crisis the meaning found calls for speed as one a phrase found does (quiet hopelessness excepted).
        if (crisis.HoldsReply && urgency.Label != UrgencyLevel.High && (crisis.Level == CrisisLevel.Likely || crisis.Kind != "self-harm"))
        {
            urgency = new UrgencyReading(UrgencyLevel.High, 0.6);
        }

        return lexical with
        {
            Intent = intent,
            Crisis = crisis,
            NeedsSupport = needsSupport,
            Urgency = urgency,
            Cues = cues.Count > CueList.MaxCues + 8 ? cues[..(CueList.MaxCues + 8)] : cues,
        };
    }

    /// <summary>
    /// Whether the text has enough words for the head alone to call it a crisis: an embedding of one or two words ("message
    /// 403", "ok 12") lands anywhere, and the head held such test texts as crises. Short crises ("help me", "ambulance
    /// now") are the rules' to find; no crisis in the chat sets has fewer than three words.
    /// </summary>
    private static bool HasMeaningToRead(string text)
    {
        var words = 0;
        foreach (var token in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (token.Any(char.IsLetter) && ++words >= MinWordsForMeaning)
            {
                return true;
            }
        }

        return false;
    }

    private const int MinWordsForMeaning = 3;

    /// <summary>The crisis weight the rules found (their phrase cues, less laughter), when it stayed below "possible".</summary>
    private static double RuleHint(IReadOnlyList<ToneCue> cues)
    {
        var sum = 0.0;
        foreach (var cue in cues)
        {
            if (cue.Dimension == Dimensions.Crisis && (cue.Signal.StartsWith("phrase:", StringComparison.Ordinal) || cue.Signal.StartsWith("emoji:", StringComparison.Ordinal)))
            {
                sum += cue.Weight;
            }
        }

        return sum;
    }

    private static (int Index, double P) Top(double[] p)
    {
        var best = 0;
        for (var i = 1; i < p.Length; i++)
        {
            if (p[i] > p[best])
            {
                best = i;
            }
        }

        return (best, p[best]);
    }
}
