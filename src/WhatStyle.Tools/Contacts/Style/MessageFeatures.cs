using System.Globalization;
using System.Text;
using WhatStyle.Tools.Tone.Emoji;

namespace WhatStyle.Tools.Contacts.Style;

/// <summary>The stylistic features of one message, read without any model: cheap enough for 100,000 messages.</summary>
internal sealed record MessageFeatures(
    int Length,
    IReadOnlyList<string> Emoji,
    bool Capitalized,
    bool EndsWithPeriod,
    bool EndsWithExclamation,
    bool EndsWithQuestion,
    bool EndsWithEllipsis,
    double Formality,
    string? Opener,
    string? Closer,
    string? Language)
{
    /// <summary>Chat shorthand the message uses ("u", "lol"), each once.</summary>
    public IReadOnlyList<string> Shorthand { get; init; } = [];

    /// <summary>
    /// How the message addresses its reader, per language it is read in: its own when it was told, else every language
    /// with a T/V distinction ("tu viens ?" is too short to tell French from Spanish, and says familiar in both).
    /// </summary>
    public IReadOnlyList<LanguageAddress> Address { get; init; } = [];

    private static readonly HashSet<string> CasualWords = new(StringComparer.Ordinal)
    {
        "lol", "lmao", "haha", "hahaha", "hehe", "u", "ur", "r", "ya", "yeah", "yep", "nope", "gonna", "wanna", "gotta",
        "omg", "btw", "pls", "plz", "thx", "ty", "xx", "xoxo", "xo", "babe", "baby", "honey", "hun", "sweetie", "love",
        "cutie", "hey", "heyy", "hiya", "sup", "ok", "k", "kk", "cool", "awesome", "dude", "bro", "miss", "muah",
        "digga", "jo", "hdl", "lg", "schatz", "süße", "jaja", "jaaa", "vale", "jaja", "guapa", "cariño",
    };

    private static readonly HashSet<string> FormalWords = new(StringComparer.Ordinal)
    {
        "please", "thank", "thanks", "regards", "dear", "would", "could", "kindly", "sincerely", "appreciate",
        "certainly", "indeed", "however", "therefore", "father", "mother", "hello", "good", "best", "wishes",
        "bitte", "danke", "vielen", "grüße", "gruesse", "freundlichen", "lieber", "liebe", "sie", "ihnen",
        "usted", "gracias", "saludos", "atentamente", "cordialmente",
    };

    public static MessageFeatures Extract(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var emoji = EmojiClusters.Find(trimmed);
        var words = Words(trimmed);
        var withoutEmoji = EmojiClusters.Strip(trimmed).TrimEnd();
        var firstLetter = trimmed.FirstOrDefault(char.IsLetter);
        var hasLetters = firstLetter != default;
        var capitalized = hasLetters && char.IsUpper(firstLetter);
        var ellipsis = withoutEmoji.EndsWith("...", StringComparison.Ordinal) || withoutEmoji.EndsWith('…');
        var period = !ellipsis && withoutEmoji.EndsWith('.');
        var exclamation = withoutEmoji.EndsWith('!');
        var question = withoutEmoji.EndsWith('?');
        var language = LanguageGuess.Detect(words);
        return new MessageFeatures(
            new StringInfo(trimmed).LengthInTextElements,
            emoji,
            capitalized,
            period,
            exclamation,
            question,
            ellipsis,
            ScoreFormality(trimmed, words, emoji.Count, capitalized, period || question),
            words.Count > 0 ? words[0] : null,
            words.Count > 1 ? words[^1] : null,
            language)
        {
            Shorthand = [.. words.Where(Voice.ChatAbbreviations.IsShorthand).Distinct(StringComparer.Ordinal)],
            Address = AddressOf(trimmed, language),
        };
    }

    private static List<LanguageAddress> AddressOf(string text, string? language)
    {
        IReadOnlyList<string> languages = language is null ? AddressMarkers.Languages : AddressMarkers.Distinguishes(language) ? [language] : [];
        var found = new List<LanguageAddress>();
        foreach (var code in languages)
        {
            if (AddressMarkers.Find(text, code).Form is { } form)
            {
                found.Add(new LanguageAddress(code, form));
            }
        }

        return found;
    }

    /// <summary>Lower-case words (letters, digits, apostrophes), accents kept.</summary>
    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || (c == '\'' && current.Length > 0))
            {
                current.Append(char.ToLowerInvariant(c));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString().TrimEnd('\''));
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString().TrimEnd('\''));
        }

        return words;
    }

    // A readable heuristic, not a model: starts at 0.5 and moves with the habits people associate with formal or
    // casual writing. The tone analyser reads formality per message; this only has to rank the owner's habits.
    private static double ScoreFormality(string text, List<string> words, int emojiCount, bool capitalized, bool terminalPunctuation)
    {
        var score = 0.5;
        score += capitalized ? 0.12 : -0.12;
        score += terminalPunctuation ? 0.12 : -0.05;
        score -= Math.Min(0.3, emojiCount * 0.12);
        foreach (var word in words)
        {
            if (CasualWords.Contains(word))
            {
                score -= 0.1;
            }
            else if (FormalWords.Contains(word))
            {
                score += 0.08;
            }
            else if (word.Length > 3 && HasElongation(word))
            {
                score -= 0.1; // "sooo", "heyyy"
            }
        }

        if (text.Contains("!!", StringComparison.Ordinal) || text.Contains("??", StringComparison.Ordinal))
        {
            score -= 0.08;
        }

        if (words.Count >= 8)
        {
            score += 0.05;
        }

        return Math.Clamp(score, 0, 1);
    }

    private static bool HasElongation(string word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && word[i] == word[i - 2] && char.IsLetter(word[i]))
            {
                return true;
            }
        }

        return false;
    }
}
