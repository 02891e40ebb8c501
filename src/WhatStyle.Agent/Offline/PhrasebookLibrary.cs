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

    /// <summary>The language whose stop words the text uses most, or null when no language clearly wins.</summary>
    public string? Guess(string text)
    {
        var scores = Scores(text).OrderByDescending(s => s.Value).Select(s => (Language: s.Key, Hits: s.Value)).ToList();
        if (scores.Count == 0 || scores[0].Hits == 0 || (scores.Count > 1 && scores[1].Hits == scores[0].Hits))
        {
            return null;
        }

        return scores[0].Language;
    }

    /// <summary>How many stop words of each language the text uses.</summary>
    public IReadOnlyDictionary<string, int> Scores(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = TextMatch.Words(TextMatch.Normalize(text)).ToList();
        return _stopwords.ToDictionary(pair => pair.Key, pair => words.Count(pair.Value.Contains), StringComparer.OrdinalIgnoreCase);
    }
}
