using System.Globalization;
using System.Text.RegularExpressions;

namespace WhatStyle.Tools.Import.Synthetic;

/// <summary>
/// How one person writes to another, as probabilities: lower case, shorthand, laughter, emoji, final punctuation, a
/// pet name, a greeting and a sign-off. Applied to a neutral phrase it gives that person's message, with the natural
/// inconsistency of real chats (a habit held 90% of the time, not always).
/// </summary>
public sealed partial record WritingVoice
{
    /// <summary>Share of messages written all in lower case.</summary>
    public double Lowercase { get; init; }

    /// <summary>Words replaced by shorthand ("you" → "u"), each with the share of times it is.</summary>
    public IReadOnlyDictionary<string, (string Short, double Rate)> Shorthand { get; init; } = new Dictionary<string, (string, double)>();

    /// <summary>Laughter put in front ("lol", "haha", "jaja") and how often.</summary>
    public string? Laugh { get; init; }
    public double LaughRate { get; init; }

    /// <summary>Emoji the person uses, most used first, and how many per message on average.</summary>
    public IReadOnlyList<string> Emoji { get; init; } = [];
    public double EmojiRate { get; init; }

    /// <summary>Share of messages whose final "." or "!" is dropped.</summary>
    public double DropFinalPunctuation { get; init; }

    /// <summary>Share of messages where "!" becomes ".".</summary>
    public double CalmExclamations { get; init; }

    /// <summary>A pet name or form of address ("babe", "Dad") put after the first phrase, and how often.</summary>
    public string? Nickname { get; init; }
    public double NicknameRate { get; init; }

    /// <summary>A greeting put in front of longer messages ("Hi Dad,") and how often.</summary>
    public string? Greeting { get; init; }
    public double GreetingRate { get; init; }

    /// <summary>A sign-off put at the end ("xx", "Love, Sam") and how often.</summary>
    public string? SignOff { get; init; }
    public double SignOffRate { get; init; }

    /// <summary>Writes <paramref name="phrase"/> in this voice.</summary>
    /// <param name="phrase">The neutral wording.</param>
    /// <param name="random">The generator's random source (the same seed gives the same chat).</param>
    /// <param name="solemn">Sad news: no laughter, no sign-off kisses, and only the first (tender) emoji.</param>
    public string Write(string phrase, Random random, bool solemn = false)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(random);
        var text = phrase;
        if (Nickname is not null && random.NextDouble() < NicknameRate)
        {
            // "Yes, sounds good!" → "Yes babe, sounds good!"; a phrase without a comma gets the name at the end.
            var comma = text.IndexOf(',', StringComparison.Ordinal);
            text = comma > 0 ? $"{text[..comma]} {Nickname}{text[comma..]}" : $"{TrimEnd(text)} {Nickname}{End(text)}";
        }

        if (Greeting is not null && text.Length > 25 && random.NextDouble() < GreetingRate)
        {
            text = $"{Greeting} {text}";
        }

        foreach (var (word, (shortForm, rate)) in Shorthand)
        {
            if (random.NextDouble() < rate)
            {
                text = Regex.Replace(text, $@"\b{Regex.Escape(word)}\b", shortForm, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            }
        }

        if (random.NextDouble() < CalmExclamations)
        {
            text = text.Replace('!', '.');
        }

        if (random.NextDouble() < DropFinalPunctuation)
        {
            // Whoever drops the closing "!" drops the opening "¡" too.
            text = text.EndsWith('!') ? text.TrimEnd('!').Replace("¡", string.Empty, StringComparison.Ordinal) : text.TrimEnd('.');
        }

        if (Laugh is not null && !solemn && random.NextDouble() < LaughRate)
        {
            text = $"{Laugh} {text}";
        }

        if (random.NextDouble() < Lowercase)
        {
            text = text.ToLower(CultureInfo.InvariantCulture);
        }

        if (SignOff is not null && !solemn && random.NextDouble() < SignOffRate)
        {
            text = $"{text} {SignOff}";
        }

        var emoji = Emoji.Count == 0 || (solemn && EmojiRate < 1) ? 0 : Poisson(EmojiRate, random);
        if (emoji > 0)
        {
            var picked = Enumerable.Range(0, solemn ? Math.Min(1, emoji) : emoji)
                .Select(_ => solemn ? Emoji[0] : Emoji[Math.Min(Emoji.Count - 1, (int)(Emoji.Count * random.NextDouble() * random.NextDouble()))]);
            text = $"{text} {string.Concat(picked)}";
        }

        return text.Trim();
    }

    private static string TrimEnd(string text) => text.TrimEnd('.', '!', '?');

    private static string End(string text) => text[TrimEnd(text).Length..];

    private static int Poisson(double mean, Random random)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        var p = random.NextDouble();
        while (p > limit && k < 6)
        {
            k++;
            p *= random.NextDouble();
        }

        return k;
    }
}
