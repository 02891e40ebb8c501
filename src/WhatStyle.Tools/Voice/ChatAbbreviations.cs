namespace WhatStyle.Tools.Voice;

/// <summary>
/// Chat shorthand people use or avoid ("u", "lol", "pls"): what the style learner counts and what a reply is rewritten
/// with when the owner uses it with a contact.
/// </summary>
public static class ChatAbbreviations
{
    /// <summary>Each shorthand and the full words it stands for (lower case; several words for a phrase).</summary>
    /// <remarks>Laughter ("lol", "haha", "jaja") has no long form: it is a habit of its own, not a contraction.</remarks>
    public static IReadOnlyDictionary<string, string[]> LongForms { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["u"] = ["you"],
        ["ur"] = ["your", "you're"],
        ["pls"] = ["please"],
        ["plz"] = ["please"],
        ["thx"] = ["thanks"],
        ["ty"] = ["thank you"],
        ["k"] = ["okay"],
        ["ok"] = ["okay"],
        ["gonna"] = ["going to"],
        ["wanna"] = ["want to"],
        ["btw"] = ["by the way"],
        ["idk"] = ["i don't know"],
        ["rn"] = ["right now"],
        ["tmrw"] = ["tomorrow"],
        ["cya"] = ["see you"],
        ["np"] = ["no problem"],
        ["xq"] = ["porque"],
        ["q"] = ["que"],
        ["tb"] = ["también"],
        ["tmb"] = ["también"],
        ["finde"] = ["fin de semana"],
    };

    /// <summary>Laughter and other shorthand without a long form.</summary>
    public static IReadOnlySet<string> Laughter { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "lol", "lmao", "haha", "hahaha", "hehe", "jaja", "jajaja", "jeje", "mdr", "kkk", "xd",
    };

    /// <summary>Other shorthand counted as a habit but never written into a reply on its own.</summary>
    private static readonly HashSet<string> Other = new(StringComparer.Ordinal) { "omg", "tbh", "ngl", "imo", "brb", "ya", "yep", "nope", "bc", "cuz", "x", "xx", "xxx", "xo", "besos", "bss" };

    /// <summary>True for a lower-case word that is chat shorthand.</summary>
    public static bool IsShorthand(string word) =>
        LongForms.ContainsKey(word) || Laughter.Contains(word) || Other.Contains(word);
}
