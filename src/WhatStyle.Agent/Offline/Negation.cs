namespace WhatStyle.Agent.Offline;

/// <summary>
/// Whether good news is said not to have happened: "I didn't get the promotion" carries the phrase a good-news reading
/// rests on ("promotion"), and congratulating it would be the worst reply there is. A negation counts only inside the
/// phrase's own clause, so "No way, I got the job!" stays good news.
/// </summary>
internal static class Negation
{
    private static readonly char[] ClauseBreaks = [',', '.', ';', ':', '!', '?', '\n', '(', ')'];

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="normalized"/> and every occurrence is negated.</summary>
    public static bool Negates(string normalized, string phrase, IReadOnlyList<string> negations)
    {
        var found = false;
        foreach (var start in TextMatch.WordIndexes(normalized, phrase))
        {
            found = true;
            var clauseStart = normalized.LastIndexOfAny(ClauseBreaks, Math.Max(start - 1, 0)) + 1;
            // The negation before the phrase, or within it ("nicht bestanden").
            var clause = normalized[clauseStart..(start + phrase.Length)];
            if (!negations.Any(n => TextMatch.ContainsWord(clause, TextMatch.Normalize(n))))
            {
                return false;
            }
        }

        return found;
    }
}
