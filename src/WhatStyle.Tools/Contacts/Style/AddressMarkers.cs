using System.Text;

namespace WhatStyle.Tools.Contacts.Style;

/// <summary>
/// The words that say how a text addresses its reader in the languages with a T/V distinction: French, Spanish,
/// German and Portuguese. Only words that cannot mean anything else in the language count, so a marker found is a
/// marker meant.
/// </summary>
public static class AddressMarkers
{
    /// <summary>The languages whose address the markers read (ISO 639-1).</summary>
    public static IReadOnlyList<string> Languages { get; } = ["fr", "es", "de", "pt"];

    private static readonly HashSet<string> FrenchFamiliar = new(StringComparer.Ordinal) { "tu", "te", "toi", "ton", "ta", "tes" };
    private static readonly HashSet<string> FrenchPolite = new(StringComparer.Ordinal) { "vous", "votre", "vos" };

    // "le" (him, her or usted), "su" (his, her, their or usted's) and "ustedes" (any group in Latin America) say nothing
    // about the address; a few frequent verb forms do, the imperatives above all ("dime" against "dígame").
    private static readonly HashSet<string> SpanishFamiliar = new(StringComparer.Ordinal)
    {
        "tú", "tu", "tus", "te", "ti", "contigo",
        "estás", "eres", "tienes", "puedes", "quieres", "sabes", "necesitas", "necesites",
        "dime", "avísame", "déjame", "cuídate", "escríbeme", "llámame",
    };

    private static readonly HashSet<string> SpanishPolite = new(StringComparer.Ordinal)
    {
        "usted", "dígame", "avíseme", "déjeme", "cuídese", "escríbame", "llámeme", "disculpe", "oiga",
    };

    // Euch and euer are the familiar plural ("wie geht es euch?" to both parents), so they say familiar too; ihr is
    // also "her", so it is not here.
    private static readonly HashSet<string> GermanFamiliar = new(StringComparer.Ordinal)
    {
        "du", "dich", "dir", "dein", "deine", "deinen", "deinem", "deiner", "deines",
        "euch", "euer", "eure", "euren", "eurem", "eurer",
    };

    private static readonly HashSet<string> GermanPolite = new(StringComparer.Ordinal)
    {
        "sie", "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres",
    };

    // "Vocês" is the plural of você and of o senhor alike, so it is not here.
    private static readonly HashSet<string> PortugueseFamiliar = new(StringComparer.Ordinal)
    {
        "tu", "te", "ti", "contigo", "teu", "tua", "teus", "tuas", "você", "voce",
    };

    private static readonly HashSet<string> PortugueseTitles = new(StringComparer.Ordinal) { "senhor", "senhora", "senhores", "senhoras" };

    /// <summary>True for a language whose address the markers read.</summary>
    public static bool Distinguishes(string? language) =>
        language is not null && Languages.Contains(language, StringComparer.OrdinalIgnoreCase);

    /// <summary>The address forms <paramref name="text"/> uses, read as <paramref name="language"/>; none for other languages.</summary>
    public static AddressMarks Find(string text, string language)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(language);
        if (!Distinguishes(language))
        {
            return default;
        }

        var code = language.ToLowerInvariant();
        bool familiar = false, polite = false;
        Word? previous = null;
        foreach (var word in Words(text))
        {
            familiar |= IsFamiliar(code, word);
            polite |= IsPolite(code, word, previous);
            previous = word;
        }

        return new AddressMarks(familiar, polite);
    }

    private static bool IsFamiliar(string language, Word word) => language switch
    {
        // "t'" is te before a vowel: "je t'appelle", "t'inquiète".
        "fr" => FrenchFamiliar.Contains(word.Lower) || (word.Lower == "t" && word.Elided),
        "es" => SpanishFamiliar.Contains(word.Lower),
        "de" => GermanFamiliar.Contains(word.Lower),
        "pt" => PortugueseFamiliar.Contains(word.Lower),
        _ => false,
    };

    private static bool IsPolite(string language, Word word, Word? previous) => language switch
    {
        "fr" => FrenchPolite.Contains(word.Lower),
        "es" => SpanishPolite.Contains(word.Lower),
        // "sie" is also she and they, "ihr" also her: only capitals inside a sentence are the polite you. A sentence's
        // first word is capitalised whatever it means, so "Sie kommt morgen" says nothing.
        "de" => word.Capitalised && !word.SentenceStart && GermanPolite.Contains(word.Lower),
        // "o senhor", "a senhora", "vossa senhoria"; "Nossa Senhora!" is an exclamation, not an address.
        "pt" => (PortugueseTitles.Contains(word.Lower) && previous?.Lower is not ("nossa" or "nosso"))
            || (word.Lower is "senhoria" or "excelência" && previous?.Lower == "vossa"),
        _ => false,
    };

    /// <summary>The words of a text, with their case, whether a sentence starts with them, and French elision ("t'").</summary>
    private static IEnumerable<Word> Words(string text)
    {
        // Composed form, so an accented letter is one letter ("é", not "e" and a combining accent).
        var normalized = text.Normalize(NormalizationForm.FormC);
        var sentenceStart = true;
        var i = 0;
        while (i < normalized.Length)
        {
            if (!char.IsLetter(normalized[i]))
            {
                if (normalized[i] is '.' or '!' or '?' or '…' or ':' or ';' or '\n' or '¿' or '¡')
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < normalized.Length && char.IsLetter(normalized[i]))
            {
                i++;
            }

            var word = normalized[start..i];
            var elided = i < normalized.Length && normalized[i] is '\'' or '’';
            yield return new Word(word.ToLowerInvariant(), char.IsUpper(word[0]), sentenceStart, elided);
            sentenceStart = false;
        }
    }

    private readonly record struct Word(string Lower, bool Capitalised, bool SentenceStart, bool Elided);
}
