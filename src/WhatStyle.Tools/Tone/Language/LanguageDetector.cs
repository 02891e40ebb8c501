using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Language;

/// <summary>Tells the language of a chat message from its script, function words and letters such as ñ, ç, ß.</summary>
/// <remarks>Short chat messages defeat character n-gram detectors; function words are what people notice too.</remarks>
internal sealed class LanguageDetector
{
    private static readonly string[] s_latinCodes = ["en", "es", "fr", "de", "pt", "it", "nl"];

    // Made once: spelling the enum per message boxed it.
    private static readonly string[] s_scriptCues = [.. Enum.GetValues<Script>().Select(s => $"script:{s.ToString().ToLowerInvariant()}")];

    // Each word carries its cue text ("word:los"), made once rather than per message that uses it.
    private readonly Dictionary<string, (string Cue, (int Language, float Weight)[] Hits)> _words;
    private readonly Dictionary<string, (string Cue, (int Language, float Weight)[] Hits)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private LanguageDetector(Dictionary<string, (string, (int, float)[])> words)
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
            pair => ($"word:{pair.Key}", pair.Value.Select(language => (language, 1f / pair.Value.Count)).ToArray()),
            StringComparer.Ordinal);
        return new LanguageDetector(words);
    }

    public LanguageReading Detect(ScannedMessage message)
    {
        var script = DominantScript(message);
        if (script is not (Script.Latin or Script.Other))
        {
            return new LanguageReading(CodeOf(script), 0.9, s_scriptCues[(int)script]);
        }

        Span<float> scores = stackalloc float[s_latinCodes.Length];

        // What first spoke for each language: a function word (its index), else a telling letter. Kept as positions,
        // so only the winner's cue becomes a string.
        Span<int> cueWord = stackalloc int[s_latinCodes.Length];
        cueWord.Fill(-1);
        Span<char> cueLetter = stackalloc char[s_latinCodes.Length];
        cueLetter.Clear();
        var words = message.Words;
        for (var w = 0; w < words.Count; w++)
        {
            if (_lookup.TryGetValue(message.FoldedOf(words[w]), out var known))
            {
                foreach (var (language, weight) in known.Hits)
                {
                    scores[language] += weight;
                    if (cueWord[language] < 0)
                    {
                        cueWord[language] = w;
                    }
                }
            }
        }

        AddLetterCues(message, scores, cueLetter);
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
            return new LanguageReading("und", 0.0, null);
        }

        var confidence = Math.Clamp(0.5 + (margin / (scores[best] + 1.5)), 0.5, 0.99);
        var cue = cueWord[best] >= 0 ? _lookup[message.FoldedOf(words[cueWord[best]])].Cue
            : cueLetter[best] != '\0' ? $"word:letter:{cueLetter[best]}"
            : null;
        return new LanguageReading(s_latinCodes[best], confidence, cue);
    }

    private static void AddLetterCues(ScannedMessage message, Span<float> scores, Span<char> cues)
    {
        var text = message.Text.AsSpan(0, message.ScannedLength);
        Mark(text, "ñ¿¡", 1, 1.5f, scores, cues);
        Mark(text, "ãõ", 4, 1.5f, scores, cues);
        Mark(text, "ß", 3, 1.5f, scores, cues);
        Mark(text, "äöü", 3, 1f, scores, cues);
        Mark(text, "œèêàù", 2, 1f, scores, cues);
    }

    /// <summary>Scores a language whose letters appear; the first such letter is its cue unless it has one.</summary>
    private static void Mark(ReadOnlySpan<char> text, string letters, int language, float weight, Span<float> scores, Span<char> cues)
    {
        var at = text.IndexOfAny(letters);
        if (at >= 0)
        {
            scores[language] += weight;
            if (cues[language] == '\0')
            {
                cues[language] = text[at];
            }
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
