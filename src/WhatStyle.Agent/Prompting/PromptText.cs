using System.Globalization;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Prompting;

/// <summary>Small phrasings the prompt variables are made of.</summary>
internal static class PromptText
{
    private static readonly Dictionary<string, string> LanguageNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["es"] = "Spanish", ["fr"] = "French", ["de"] = "German", ["pt"] = "Portuguese",
        ["it"] = "Italian", ["nl"] = "Dutch", ["pl"] = "Polish", ["tr"] = "Turkish",
    };

    public static string Language(string code) =>
        LanguageNames.TryGetValue(code, out var name) ? $"{name} ({code})" : code;

    /// <summary>
    /// The formality line, naming the address where the two part ways: a colleague the owner writes to casually but with
    /// vous is "casual, but with vous", a father written to respectfully with tu "formal, but with tu", so the model does
    /// not read "casual" as tu or "formal" as vous. Plain where the reply's language has one "you" (<paramref name="words"/> null).
    /// </summary>
    public static string Formality(FormalityLabel formality, Offline.AddressWords? words, AddressForm address) => (formality, words, address) switch
    {
        (FormalityLabel.Casual, not null, AddressForm.Polite) => $"casual, but with {words.Polite}",
        (FormalityLabel.Formal, not null, AddressForm.Familiar) => $"formal, but with {words.Familiar}",
        _ => formality.ToString().ToLowerInvariant(),
    };

    /// <summary>
    /// Which "you" to write, appended to the language line; empty where the reply's language has no T/V distinction (or no
    /// phrasebook to name it). A group gets one form for everyone, plural included.
    /// </summary>
    public static string AddressRule(Offline.AddressWords? words, AddressForm address, bool group) => (words, address, group) switch
    {
        (null, _, _) => string.Empty,
        (_, AddressForm.Familiar, false) => $" Address them with {words.Familiar}, not {words.Polite}.",
        (_, AddressForm.Polite, false) => $" Address them with {words.Polite}, not {words.Familiar}.",
        (_, AddressForm.Familiar, true) => $" In this group say {words.Familiar} to one person and {words.FamiliarPlural} to several; never {words.Polite} to one person.",
        _ => $" In this group say {words.Polite} to one person and {words.PolitePlural} to several; never {words.Familiar}.",
    };

    /// <summary>Message text inside the prompt: one line, bounded, and unable to close the delimited block.</summary>
    public static string Quote(string text, int max = 200)
    {
        var oneLine = Data(text).ReplaceLineEndings(" ").Trim();
        return oneLine.Length <= max ? oneLine : oneLine[..max] + "…";
    }

    /// <summary>Removes the block markers from untrusted text so it cannot end the MESSAGE block early.</summary>
    public static string Data(string text) =>
        text.Replace("<<<", "‹‹‹", StringComparison.Ordinal).Replace(">>>", "›››", StringComparison.Ordinal);

    public static string EmojiRule(EmojiPolicy policy, IReadOnlyList<string> favourites)
    {
        var fav = favourites.Count > 0 ? $" (favourites: {string.Join(' ', favourites.Take(4))})" : string.Empty;
        return policy switch
        {
            EmojiPolicy.None => "none at all.",
            EmojiPolicy.Light => $"at most one or two, only where natural{fav}.",
            _ => $"use emoji freely, as the owner does with them{fav}.",
        };
    }

    public static string LengthRule(StyleFingerprint style) => style.MessageCount >= 3 && style.MedianLength > 0
        ? string.Create(CultureInfo.InvariantCulture, $"about {style.MedianLength:0} characters, rarely more than {Math.Max(style.P90Length, style.MedianLength):0}.")
        : "short, like a text message: one to three sentences.";

    /// <summary>What the owner's voice model expects of this reply, appended to the length rule; empty without a model.</summary>
    public static string VoiceRule(Tools.Voice.Model.VoicePrediction? voice)
    {
        if (voice is null)
        {
            return string.Empty;
        }

        var length = voice.Length switch
        {
            Tools.Voice.Model.LengthBucket.Short => "a short reply (a few words)",
            Tools.Voice.Model.LengthBucket.Medium => "a sentence or two",
            _ => "a longer reply",
        };
        var emoji = voice.WithEmoji ? "with an emoji" : "without emoji";
        return string.Create(CultureInfo.InvariantCulture,
            $" To a message like this one the owner usually writes {length}, {emoji}, {voice.Register.ToString().ToLowerInvariant()} (their voice model, {voice.LengthProbabilities[(int)voice.Length] * 100:0}% sure of the length).");
    }

    public static string Habits(StyleFingerprint style)
    {
        if (style.MessageCount == 0)
        {
            return "not learned yet.";
        }

        var habits = new List<string>();
        if (style.Openers.Count > 0)
        {
            habits.Add($"often opens with {string.Join(" / ", style.Openers.Take(3).Select(o => $"\"{Quote(o, 30)}\""))}");
        }

        if (style.Closers.Count > 0)
        {
            habits.Add($"often closes with {string.Join(" / ", style.Closers.Take(3).Select(o => $"\"{Quote(o, 30)}\""))}");
        }

        habits.Add(style.CapitalizedRate >= 0.5 ? "starts with a capital letter" : "often writes in lower case");
        habits.Add(style.PeriodRate >= 0.5 ? "ends sentences with a full stop" : "rarely ends with a full stop");
        if (style.ExclamationRate >= 0.3)
        {
            habits.Add("uses exclamation marks");
        }

        return string.Join("; ", habits) + ".";
    }
}
