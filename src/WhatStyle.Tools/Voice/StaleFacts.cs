using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace WhatStyle.Tools.Voice;

/// <summary>
/// Finds facts tied to one day in a past reply: dates and times, weekdays and relative days, numbers, and names or
/// places. An old "see you Friday at 8 at Luigi's" is never reused for a new message that did not say so itself.
/// </summary>
/// <remarks>
/// Without a tagger, names and places are read from their shape: a capitalised word inside a sentence, or the word after
/// "at", "in", "near", "en", "bei", … unless it is a common word ("at home", "in a bit"). That over-reports, which is
/// the safe side: a fact wrongly suspected costs a template reply, a stale fact reused costs the owner's credibility.
/// </remarks>
public static partial class StaleFacts
{
    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        // en
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "today", "tonight", "tomorrow", "tmrw", "yesterday", "weekend", "noon", "midnight",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "christmas", "easter", "pm", "am",
        // es
        "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo", "hoy", "manana", "ayer", "finde",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
        // de
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "heute", "morgen", "gestern", "wochenende",
        // fr
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "aujourd'hui", "demain", "hier",
        // pt
        "segunda", "terca", "quarta", "quinta", "sexta", "sabado", "hoje", "amanha", "ontem",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "thirty", "hundred",
        "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "zwei", "drei", "vier", "fünf", "deux", "trois", "quatre",
    };

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "at", "in", "near", "from", "@", "en", "bei", "im", "nach", "chez", "à",
    };

    // Words after a place preposition that name no particular place or time.
    private static readonly HashSet<string> CommonAfterPreposition = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "my", "your", "ur", "our", "his", "her", "their", "you", "u", "me", "him", "them", "us", "it", "this", "that",
        "home", "work", "bed", "all", "least", "last", "first", "time", "bit", "sec", "second", "minute", "min", "mo", "moment", "touch",
        "case", "fact", "general", "person", "love", "way", "there", "here", "now", "once", "mind", "sure", "do", "be", "go", "see", "say",
        "know", "get", "come", "hear", "talk", "help", "let", "check", "make", "have", "take", "try", "tell", "keep", "call", "hug",
        "casa", "cama", "serio", "nada", "ti", "mi", "su", "tu", "el", "la", "un", "una", "lo", "que", "verdad", "hause", "dir", "mir",
        "toi", "moi", "la", "le", "les", "um", "uma", "você", "voce",
    };

    /// <summary>The day-bound facts in <paramref name="reply"/> that <paramref name="currentMessage"/> does not itself mention.</summary>
    public static IReadOnlyList<string> Find(string reply, string? currentMessage = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var present = new HashSet<string>(Tokens(currentMessage ?? string.Empty).Select(t => t.Folded), StringComparer.Ordinal);
        var facts = new List<string>();
        var tokens = Tokens(reply);
        for (var i = 0; i < tokens.Count; i++)
        {
            var (word, folded, sentenceStart) = tokens[i];
            if (present.Contains(folded))
            {
                continue;
            }

            var isFact = folded.Any(char.IsDigit)
                || TimeWords.Contains(folded)
                || NumberWords.Contains(folded)
                || (!sentenceStart && word.Length > 1 && char.IsUpper(word[0]) && word != "I" && !word.StartsWith("I'", StringComparison.Ordinal))
                || (i > 0 && PlacePrepositions.Contains(tokens[i - 1].Folded) && !CommonAfterPreposition.Contains(folded) && !ChatAbbreviations.IsShorthand(folded) && folded.Length > 2);
            if (isFact)
            {
                facts.Add(word);
            }
        }

        return facts;
    }

    /// <summary>True when the reply carries a fact from another day.</summary>
    public static bool HasAny(string reply, string? currentMessage = null) => Find(reply, currentMessage).Count > 0;

    private static List<(string Word, string Folded, bool SentenceStart)> Tokens(string text)
    {
        var tokens = new List<(string, string, bool)>();
        var sentenceStart = true;
        foreach (Match match in Token().Matches(text))
        {
            var value = match.Value;
            // People end sentences with emoji as often as with full stops: "Just finished work 😊 Missing you".
            if (value is "." or "!" or "?" or "…" or "\n" || (!char.IsLetterOrDigit(value[0]) && value != "@"))
            {
                sentenceStart = true;
                continue;
            }

            tokens.Add((value, Fold(value), sentenceStart));
            sentenceStart = false;
        }

        return tokens;
    }

    private static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c == '\u2019' ? '\'' : c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’:]*|[.!?…\n]|@|\p{So}|\p{Cs}")]
    private static partial Regex Token();
}
