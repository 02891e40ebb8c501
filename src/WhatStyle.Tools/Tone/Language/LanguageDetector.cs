using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Language;

/// <summary>Tells the language of a chat message from its script, function words and letters such as ñ, ç, ß.</summary>
/// <remarks>Short chat messages defeat character n-gram detectors; function words are what people notice too.</remarks>
internal sealed class LanguageDetector
{
    private static readonly string[] s_latinCodes = ["en", "es", "fr", "de", "pt", "it", "nl"];

    private readonly Dictionary<string, (int Language, float Weight)[]> _words;
    private readonly Dictionary<string, (int Language, float Weight)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private LanguageDetector(Dictionary<string, (int, float)[]> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int WordCount => _words.Count;

    public static LanguageDetector Load() => Parse(EmbeddedText.Read("Language.language-cues.tsv"));

    internal static LanguageDetector Parse(string tsv)
    {
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var line in EmbeddedText.DataLines(tsv))
        {
            var parts = line.Split('\t');
            var language = Array.IndexOf(s_latinCodes, parts[0]);
            if (language < 0)
            {
                throw new FormatException($"Unknown language '{parts[0]}' in language cues.");
            }

            foreach (var word in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!byWord.TryGetValue(word, out var list))
                {
                    byWord[word] = list = [];
                }

                if (!list.Contains(language))
                {
                    list.Add(language);
                }
            }
        }

        var words = byWord.ToDictionary(
            pair => pair.Key,
            pair => pair.Value.Select(language => (language, 1f / pair.Value.Count)).ToArray(),
            StringComparer.Ordinal);
        return new LanguageDetector(words);
    }

    public LanguageReading Detect(ScannedMessage message)
    {
        var script = DominantScript(message);
        if (script is not (Script.Latin or Script.Other))
        {
            return new LanguageReading(CodeOf(script), 0.9, [$"script:{script.ToString().ToLowerInvariant()}"]);
        }

        Span<float> scores = stackalloc float[s_latinCodes.Length];
        var bestCue = new string?[s_latinCodes.Length];
        foreach (var word in message.Words)
        {
            if (_lookup.TryGetValue(message.FoldedOf(word), out var hits))
            {
                foreach (var (language, weight) in hits)
                {
                    scores[language] += weight;
                    bestCue[language] ??= message.FoldedOf(word).ToString();
                }
            }
        }

        AddLetterCues(message, scores, bestCue);
        var best = 0;
        var second = -1;
        for (var k = 1; k < scores.Length; k++)
        {
            if (scores[k] > scores[best])
            {
                second = best;
                best = k;
            }
            else if (second < 0 || scores[k] > scores[second])
            {
                second = k;
            }
        }

        var margin = scores[best] - (second >= 0 ? scores[second] : 0);
        if (scores[best] < 0.75f || margin <= 0f)
        {
            return new LanguageReading("und", 0.0, []);
        }

        var confidence = Math.Clamp(0.5 + (margin / (scores[best] + 1.5)), 0.5, 0.99);
        return new LanguageReading(s_latinCodes[best], confidence, bestCue[best] is { } cue ? [$"word:{cue}"] : []);
    }

    private static void AddLetterCues(ScannedMessage message, Span<float> scores, string?[] cues)
    {
        var text = message.Text.AsSpan(0, message.ScannedLength);
        Mark(text, "ñ¿¡", 1, 1.5f, scores, cues);
        Mark(text, "ãõ", 4, 1.5f, scores, cues);
        Mark(text, "ß", 3, 1.5f, scores, cues);
        Mark(text, "äöü", 3, 1f, scores, cues);
        Mark(text, "œèêàù", 2, 1f, scores, cues);
    }

    private static void Mark(ReadOnlySpan<char> text, string letters, int language, float weight, Span<float> scores, string?[] cues)
    {
        var at = text.IndexOfAny(letters);
        if (at >= 0)
        {
            scores[language] += weight;
            cues[language] ??= $"letter:{text[at]}";
        }
    }

    private static Script DominantScript(ScannedMessage message)
    {
        var best = Script.Latin;
        for (var s = 0; s < message.ScriptLetters.Length; s++)
        {
            if (message.ScriptLetters[s] > message.ScriptLetters[(int)best])
            {
                best = (Script)s;
            }
        }

        // Japanese mixes kana with kanji; any kana means Japanese rather than Chinese.
        return best == Script.Han && message.ScriptLetters[(int)Script.Kana] > 0 ? Script.Kana : best;
    }

    private static string CodeOf(Script script) => script switch
    {
        Script.Cyrillic => "ru",
        Script.Greek => "el",
        Script.Arabic => "ar",
        Script.Hebrew => "he",
        Script.Devanagari => "hi",
        Script.Thai => "th",
        Script.Hangul => "ko",
        Script.Kana => "ja",
        Script.Han => "zh",
        _ => "und",
    };
}
