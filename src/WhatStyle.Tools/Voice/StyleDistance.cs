using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Tools.Voice;

/// <summary>How far apart two messages are in style, component by component, each 0 (same) .. 1 (opposite).</summary>
public sealed record StyleDistance(
    double Length,
    double EmojiRate,
    double EmojiChoice,
    double Capitalisation,
    double Punctuation,
    double Shorthand,
    double Language,
    double Greeting,
    double SignOff)
{
    /// <summary>The mean of the components: the one number <c>eval voice</c> reports.</summary>
    public double Total => (Length + EmojiRate + EmojiChoice + Capitalisation + Punctuation + Shorthand + Language + Greeting + SignOff) / 9;

    private static readonly HashSet<string> Greetings = new(StringComparer.Ordinal)
    {
        "hi", "hey", "heyy", "hello", "hiya", "yo", "morning", "good", "hola", "buenas", "buenos", "hallo", "moin", "servus", "bonjour", "salut", "coucou", "oi", "olá", "ola", "dear",
    };

    private static readonly HashSet<string> SignOffs = new(StringComparer.Ordinal)
    {
        "x", "xx", "xxx", "xo", "xoxo", "love", "cheers", "bye", "regards", "best", "besos", "besito", "bss", "abrazo", "un", "lg", "bises", "bjs", "beijos", "dad", "mum", "mom", "cya", "later", "night",
    };

    /// <summary>Compares a generated reply with the one the owner really wrote.</summary>
    public static StyleDistance Between(string generated, string actual)
    {
        ArgumentNullException.ThrowIfNull(generated);
        ArgumentNullException.ThrowIfNull(actual);
        var a = MessageFeatures.Extract(generated);
        var b = MessageFeatures.Extract(actual);
        var wordsA = MessageFeatures.Words(generated);
        var wordsB = MessageFeatures.Words(actual);
        return new StyleDistance(
            Length: Math.Min(1, Math.Abs(Math.Log(1 + a.Length) - Math.Log(1 + b.Length)) / Math.Log(8)),
            EmojiRate: Math.Abs(Math.Min(3, a.Emoji.Count) - Math.Min(3, b.Emoji.Count)) / 3.0,
            EmojiChoice: a.Emoji.Count == 0 && b.Emoji.Count == 0 ? 0 : 1 - Jaccard(a.Emoji, b.Emoji),
            Capitalisation: CaseOf(generated, a) == CaseOf(actual, b) ? 0 : 1,
            Punctuation: Ending(a) == Ending(b) ? 0 : 1,
            Shorthand: a.Shorthand.Count == 0 && b.Shorthand.Count == 0 ? 0 : 1 - Jaccard(a.Shorthand, b.Shorthand),
            Language: a.Language is null || b.Language is null || a.Language == b.Language ? 0 : 1,
            Greeting: Edge(wordsA, Greetings, first: true) == Edge(wordsB, Greetings, first: true) ? 0 : 1,
            SignOff: Edge(wordsA, SignOffs, first: false) == Edge(wordsB, SignOffs, first: false) ? 0 : 1);
    }

    /// <summary>Capitalised first letter, all lower case, or no letters.</summary>
    private static int CaseOf(string text, MessageFeatures features) =>
        !text.Any(char.IsLetter) ? 2 : features.Capitalized ? 1 : 0;

    private static char Ending(MessageFeatures f) =>
        f.EndsWithEllipsis ? '…' : f.EndsWithPeriod ? '.' : f.EndsWithExclamation ? '!' : f.EndsWithQuestion ? '?' : ' ';

    /// <summary>The greeting that opens (or the sign-off that closes) the message, or null.</summary>
    private static string? Edge(List<string> words, HashSet<string> set, bool first)
    {
        if (words.Count == 0)
        {
            return null;
        }

        var word = first ? words[0] : words[^1];
        return set.Contains(word) ? word : null;
    }

    private static double Jaccard(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b)
    {
        var union = a.Union(b, StringComparer.Ordinal).Count();
        return union == 0 ? 1 : (double)a.Intersect(b, StringComparer.Ordinal).Count() / union;
    }
}
