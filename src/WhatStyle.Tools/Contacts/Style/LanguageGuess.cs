namespace WhatStyle.Tools.Contacts.Style;

/// <summary>Guesses a message's language from common function words; null when fewer than two clues agree.</summary>
internal static class LanguageGuess
{
    private static readonly (string Code, HashSet<string> Words)[] Languages =
    [
        ("en", ["the", "and", "you", "is", "are", "to", "of", "it", "i", "my", "your", "how", "what", "with", "for", "that", "this", "have", "was", "be", "at", "on", "in", "we", "will", "so", "do", "not", "just", "me"]),
        ("de", ["der", "die", "das", "und", "ist", "ich", "du", "nicht", "mit", "wie", "was", "ein", "eine", "es", "wir", "sie", "auf", "zu", "den", "dem", "auch", "noch", "bin", "hast", "geht", "dir", "mir", "schon", "aber", "heute"]),
        ("es", ["el", "la", "los", "las", "que", "es", "y", "de", "un", "una", "por", "para", "con", "no", "como", "qué", "estás", "está", "pero", "muy", "yo", "tu", "te", "me", "hola", "gracias", "bien", "mañana", "hoy", "vale"]),
        ("fr", ["le", "la", "les", "et", "est", "je", "tu", "vous", "nous", "pas", "que", "qui", "une", "des", "pour", "avec", "dans", "ce", "mais", "bien", "merci", "bonjour", "suis", "ça", "oui", "comment", "très", "aussi", "au", "du"]),
        ("it", ["il", "lo", "gli", "e", "che", "non", "sono", "sei", "per", "con", "una", "ciao", "come", "stai", "grazie", "bene", "ma", "anche", "della", "questo", "ho", "hai", "mi", "ti", "si", "molto", "domani", "oggi", "cosa", "perché"]),
        ("pt", ["o", "os", "as", "e", "que", "não", "um", "uma", "para", "com", "você", "eu", "tu", "está", "obrigado", "obrigada", "olá", "muito", "bem", "mas", "isso", "como", "tudo", "hoje", "amanhã", "sim", "do", "da", "em", "meu"]),
        ("nl", ["de", "het", "een", "en", "is", "ik", "je", "jij", "niet", "met", "van", "wat", "hoe", "dat", "die", "maar", "ook", "nog", "wel", "zijn", "heb", "hebt", "goed", "dank", "hoi", "morgen", "vandaag", "ja", "nee", "naar"]),
    ];

    public static string? Detect(IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return null;
        }

        string? best = null;
        int bestScore = 0, secondScore = 0;
        foreach (var (code, vocabulary) in Languages)
        {
            var score = 0;
            foreach (var word in words)
            {
                if (vocabulary.Contains(word))
                {
                    score++;
                }
            }

            if (score > bestScore)
            {
                secondScore = bestScore;
                bestScore = score;
                best = code;
            }
            else if (score > secondScore)
            {
                secondScore = score;
            }
        }

        // Short messages ("ok", "la la") are too ambiguous to count towards the language mix.
        return bestScore >= 2 && bestScore > secondScore ? best : null;
    }
}
