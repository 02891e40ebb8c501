namespace WhatStyle.Tools.Import.Synthetic;

/// <summary>A contact in a generated chat: who they are, how they write, and how the owner writes to them.</summary>
/// <param name="Key">Short name used on the command line ("friend").</param>
/// <param name="ContactName">The contact's name in the export.</param>
/// <param name="Relationship">The relationship, as the import command takes it.</param>
/// <param name="Language">ISO 639-1 code of the chat's language.</param>
/// <param name="Contact">How the contact writes.</param>
/// <param name="Owner">How the owner writes to this contact.</param>
public sealed record Persona(string Key, string ContactName, string Relationship, string Language, WritingVoice Contact, WritingVoice Owner)
{
    /// <summary>A friend both write to in lower case with "u" and "lol".</summary>
    public static Persona Friend { get; } = new("friend", "Jake", "friend", "en",
        new WritingVoice
        {
            Lowercase = 0.9, Laugh = "lol", LaughRate = 0.15, DropFinalPunctuation = 0.9, EmojiRate = 0.1, Emoji = ["😂"],
            Shorthand = Shorthands(("you", "u", 0.9), ("your", "ur", 0.9), ("are", "r", 0.5), ("okay", "ok", 1)),
        },
        new WritingVoice
        {
            Lowercase = 0.92, Laugh = "lol", LaughRate = 0.25, DropFinalPunctuation = 0.9, CalmExclamations = 0.5, EmojiRate = 0.15, Emoji = ["😂", "👍"],
            Shorthand = Shorthands(("you", "u", 0.9), ("your", "ur", 0.85), ("okay", "ok", 1), ("going to", "gonna", 0.8), ("thanks", "thx", 0.5), ("please", "pls", 0.8)),
        });

    /// <summary>A father who writes formally; the owner answers him in complete sentences, no emoji.</summary>
    public static Persona Father { get; } = new("father", "Dad", "parent", "en",
        new WritingVoice { CalmExclamations = 0.8, Greeting = "Hello Sam.", GreetingRate = 0.3, SignOff = "Dad", SignOffRate = 0.4 },
        new WritingVoice { CalmExclamations = 0.85, Greeting = "Hi Dad,", GreetingRate = 0.35, SignOff = "Love, Sam", SignOffRate = 0.3 });

    /// <summary>A partner: emoji in almost every message, pet names, exclamation marks, kisses.</summary>
    public static Persona Partner { get; } = new("partner", "Alex", "partner", "en",
        new WritingVoice { Emoji = ["❤️", "😘", "🥰", "😍"], EmojiRate = 1.6, Nickname = "babe", NicknameRate = 0.3, SignOff = "xx", SignOffRate = 0.3 },
        new WritingVoice { Emoji = ["❤️", "😘", "🥰", "🙈", "😍"], EmojiRate = 1.8, Nickname = "babe", NicknameRate = 0.45, SignOff = "xx", SignOffRate = 0.4 });

    /// <summary>A Spanish-speaking sister: Spanish, lower case, "jaja", "q", a few emoji.</summary>
    public static Persona Sibling { get; } = new("sibling", "Lucía", "sibling", "es",
        new WritingVoice { Lowercase = 0.7, Laugh = "jajaja", LaughRate = 0.2, DropFinalPunctuation = 0.8, Emoji = ["😂", "🙄"], EmojiRate = 0.3, Shorthand = Shorthands(("que", "q", 0.6)) },
        new WritingVoice
        {
            Lowercase = 0.85, Laugh = "jaja", LaughRate = 0.3, DropFinalPunctuation = 0.85, Emoji = ["😂", "😘"], EmojiRate = 0.35,
            Shorthand = Shorthands(("que", "q", 0.7), ("también", "tb", 0.8), ("porque", "xq", 0.8)),
        });

    /// <summary>Every persona, in a stable order.</summary>
    public static IReadOnlyList<Persona> All { get; } = [Friend, Father, Partner, Sibling];

    /// <summary>The persona with this key, or null.</summary>
    public static Persona? Find(string key) => All.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));

    private static Dictionary<string, (string, double)> Shorthands(params (string Word, string Short, double Rate)[] items) =>
        items.ToDictionary(i => i.Word, i => (i.Short, i.Rate), StringComparer.Ordinal);
}
