using WhatStyle.Tools.Text;
using WhatStyle.Tools.Tone.Text;
using static WhatStyle.Tools.Tone.Rules.CrisisConcept;

namespace WhatStyle.Tools.Tone.Rules;

/// <summary>
/// Crises told in words no phrase list has: a frame is a set of <see cref="CrisisConcept"/>s that together say one
/// ("took" + "all" + "pills"; "knife" + "hiding"; "swollen" + "lips" + "swallow"), found within a few words of each other
/// in any order and in any of the five languages.
/// </summary>
/// <remarks>
/// The phrase lists catch "took all the pills" but not "took all of the sleeping pills", "j'ai pris toute la boîte de
/// doliprane" or "ich hab alle tabletten genommen": people tell the same situation in endless word orders. A frame names
/// the situation by its parts instead. Frames weigh like phrases (1.0 names the crisis, 0.6 is possible, 0.3 a hint that needs another), and a concept
/// word inside an idiom ("stabbed me in the back") does not count.
/// </remarks>
internal static class CrisisFrames
{
    /// <summary>The concepts of one frame must fall within this many words.</summary>
    public const int Window = 14;

    /// <summary>A frame too common in ordinary talk to stand alone ("a guy with a gun" in a film): a hint, like a weak phrase.</summary>
    public const double HintWeight = 0.3;

    private static readonly Frame[] s_frames =
    [
        new("overdose", CrisisKind.SelfHarm, 0.6, Took, All, Meds),
        new("overdose+sorry", CrisisKind.SelfHarm, 1.0, Took, All, Meds, Sorry),
        new("overdose of a whole pack", CrisisKind.SelfHarm, 1.0, Took, Meds, Container),
        new("pills+goodbye", CrisisKind.SelfHarm, 1.0, Took, Meds, Farewell),
        new("high place+goodbye", CrisisKind.SelfHarm, 1.0, HighPlace, Farewell),
        new("wrists+cut", CrisisKind.SelfHarm, 1.0, Wrists, Cut),
        new("wrists+blood", CrisisKind.SelfHarm, 1.0, Wrists, Blood),
        new("wrists+goodbye", CrisisKind.SelfHarm, 1.0, Wrists, Farewell),
        new("weapon+hiding", CrisisKind.Danger, 1.0, Weapon, Hiding),
        new("weapon+stranger", CrisisKind.Danger, HintWeight, Weapon, Stranger),
        new("fire+trapped", CrisisKind.Danger, 1.0, Fire, Trapped),
        new("fire+home", CrisisKind.Danger, 0.6, Fire, Home),
        new("water rising", CrisisKind.Danger, 0.6, Water, Rising),
        new("followed by a stranger", CrisisKind.Danger, 0.6, Following, Stranger),
        new("swollen face", CrisisKind.Medical, 0.6, Swelling, FaceOrThroat),
        new("swollen throat+breathing", CrisisKind.Medical, 1.0, Swelling, FaceOrThroat, SwallowOrBreathe),
        new("bite+swelling", CrisisKind.Medical, 1.0, BiteOrSting, Swelling),
        new("numb limb", CrisisKind.Medical, 0.6, Numb, Limb),
        new("chest+numb", CrisisKind.Medical, 1.0, Chest, Numb),
        new("chest+breathing", CrisisKind.Medical, 1.0, Chest, BreathingTrouble),
        new("unresponsive+breathing", CrisisKind.Medical, 1.0, Unresponsive, BreathingTrouble),
        new("unresponsive+fell", CrisisKind.Medical, 1.0, Unresponsive, Fell),
        new("family in hospital", CrisisKind.Medical, 0.6, Hospital, Family),
        new("hurt against something", CrisisKind.Abuse, 1.0, Hurt, AgainstSomething),
        new("took my things+locked", CrisisKind.Abuse, 1.0, TookMyThings, Locked),
        new("took my things+hurt", CrisisKind.Abuse, 1.0, TookMyThings, Hurt),
        new("took my things again", CrisisKind.Abuse, 0.6, TookMyThings, Again),
        new("bruises again", CrisisKind.Abuse, 0.6, Bruises, Again),
        new("bruises unexplained", CrisisKind.Abuse, 0.6, Bruises, Unexplained),
        new("goodbye+not answering", CrisisKind.SelfHarm, 1.0, Farewell, NotAnswering),
        new("pills+not answering", CrisisKind.SelfHarm, 0.6, Meds, NotAnswering),
        new("not back+unreachable", CrisisKind.Danger, 0.6, NotBack, Unreachable),
        new("lost+dark", CrisisKind.Danger, 0.6, Lost, Dark),
    ];

    private static readonly TaggedPhraseSet<CrisisConcept> s_concepts = new(
        CrisisConcepts.All.SelectMany(c => c.Phrases.SelectMany(Spellings).Distinct().Select(p => (p, c.Concept))));

    /// <summary>The frames found in <paramref name="message"/> (each once), into <paramref name="found"/> (cleared first).</summary>
    /// <param name="message">The scanned message.</param>
    /// <param name="idioms">Where the idioms the crisis phrases found lie (word index and length): concept words inside one do not count.</param>
    /// <param name="found">The frames found.</param>
    public static void FindAll(ScannedMessage message, ReadOnlySpan<(int Start, int Words)> idioms, List<Frame> found)
    {
        found.Clear();
        using var scratch = ThreadScratch<List<TaggedPhraseSet<CrisisConcept>.Match>>.Borrow();
        var matches = scratch.Item;
        s_concepts.FindAll(message, matches);
        if (matches.Count < 2)
        {
            return;
        }

        // Concepts seen at each word (a concept phrase counts at its first word); a long message is read in windows.
        var words = Math.Min(message.Words.Count, 512);
        Span<ulong> at = words <= 128 ? stackalloc ulong[words] : new ulong[words];
        at.Clear();
        foreach (var match in matches)
        {
            if (match.Index < words && !Inside(idioms, match.Index))
            {
                at[match.Index] |= 1UL << (int)match.Tag;
            }
        }

        ulong seen = 0;
        foreach (var mask in at)
        {
            seen |= mask;
        }

        foreach (var frame in s_frames)
        {
            if ((seen & frame.Mask) == frame.Mask && WithinWindow(at, frame.Mask))
            {
                found.Add(frame);
            }
        }
    }

    private static bool WithinWindow(ReadOnlySpan<ulong> at, ulong wanted)
    {
        for (var start = 0; start < at.Length; start++)
        {
            if ((at[start] & wanted) == 0)
            {
                continue;
            }

            ulong window = 0;
            for (var i = start; i < Math.Min(at.Length, start + Window); i++)
            {
                window |= at[i];
            }

            if ((window & wanted) == wanted)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Inside(ReadOnlySpan<(int Start, int Words)> idioms, int index)
    {
        foreach (var (start, length) in idioms)
        {
            if (index >= start && index < start + length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The phrase as written, and typed without accents ("escondidos", "escondidos"; œ as oe); a one-word phrase that
    /// starts with a vowel also after French l' and d' ("l'escalier", "d'adieu"), which chat writes as one word.
    /// </summary>
    private static IEnumerable<string> Spellings(string phrase)
    {
        foreach (var spelling in WithAndWithoutAccents(phrase))
        {
            yield return spelling;
            if (!spelling.Contains(' ', StringComparison.Ordinal) && "aeiouhéèêâîôû".Contains(spelling[0], StringComparison.Ordinal))
            {
                yield return "l'" + spelling;
                yield return "d'" + spelling;
            }
        }
    }

    private static IEnumerable<string> WithAndWithoutAccents(string phrase)
    {
        yield return phrase;
        yield return Diacritics.Strip(phrase);
    }

    /// <summary>A situation, its kind and weight, and the concepts that tell it.</summary>
    public sealed class Frame(string name, CrisisKind kind, double weight, params CrisisConcept[] concepts)
    {
        public string Name { get; } = name;

        public CrisisKind Kind { get; } = kind;

        public double Weight { get; } = weight;

        public ulong Mask { get; } = concepts.Aggregate(0UL, (mask, c) => mask | (1UL << (int)c));
    }
}
