namespace WhatStyle.Agent.Offline;

/// <summary>Every phrasebook under prompts/offline, by language, with a small stop-word language guesser.</summary>
public sealed class PhrasebookLibrary
{
    private readonly Dictionary<string, Phrasebook> _books;
    private readonly Dictionary<string, HashSet<string>> _stopwords;

    public PhrasebookLibrary(IEnumerable<Phrasebook> books)
    {
        ArgumentNullException.ThrowIfNull(books);
        _books = books.ToDictionary(b => b.Language, StringComparer.OrdinalIgnoreCase);
        if (!_books.ContainsKey("en"))
        {
            throw new InvalidDataException("The offline phrasebooks must include English (prompts/offline/en.json).");
        }

        _stopwords = _books.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Stopwords.Select(TextMatch.Normalize).ToHashSet(StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyCollection<string> Languages => _books.Keys;

    /// <summary>Loads every *.json in <paramref name="directory"/>.</summary>
    public static PhrasebookLibrary Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Offline phrasebooks not found in {directory}.");
        }

        return new PhrasebookLibrary(Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal).Select(Phrasebook.Load));
    }

    public bool Supports(string? language) => language is not null && _books.ContainsKey(language);

    /// <summary>The phrasebook for a language, English when there is none.</summary>
    public Phrasebook Get(string? language) =>
        language is not null && _books.TryGetValue(language, out var book) ? book : _books["en"];

    /// <summary>
    /// The language whose stop words the text uses most; on a tie (or none), the one whose keywords it uses most among
    /// those; null when no language clearly wins.
    /// </summary>
    /// <remarks>
    /// Short chat shares its stop words: "Tu tío falleció anoche" has only "tu" (Spanish, French and Portuguese alike),
    /// and "falleció", a Spanish grief keyword, decides.
    /// </remarks>
    public string? Guess(string text)
    {
        var scores = Scores(text);
        var best = scores.Values.DefaultIfEmpty(0).Max();
        var tied = scores.Where(s => s.Value == best).Select(s => s.Key).ToList();
        if (best > 0 && tied.Count == 1)
        {
            return tied[0];
        }

        var normalized = TextMatch.Normalize(text);
        var byKeywords = tied.Select(language => (Language: language, Hits: KeywordHits(_books[language], normalized))).OrderByDescending(k => k.Hits).ToList();
        return byKeywords.Count > 0 && byKeywords[0].Hits > 0 && (byKeywords.Count == 1 || byKeywords[1].Hits < byKeywords[0].Hits)
            ? byKeywords[0].Language
            : null;
    }

    private static int KeywordHits(Phrasebook book, string normalized) =>
        book.Keywords.Values.SelectMany(k => k).Distinct(StringComparer.Ordinal).Count(k => TextMatch.ContainsWord(normalized, TextMatch.Normalize(k)));

    /// <summary>How many stop words of each language the text uses.</summary>
    public IReadOnlyDictionary<string, int> Scores(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = TextMatch.Words(TextMatch.Normalize(text)).ToList();
        return _stopwords.ToDictionary(pair => pair.Key, pair => words.Count(pair.Value.Contains), StringComparer.OrdinalIgnoreCase);
    }
}
