using System.Globalization;
using System.Text;

namespace WhatStyle.Tools.Tone.Evaluation;

/// <summary>Readers for the labelled sets in ../shared/data (formats in its README). Nothing here is ever copied.</summary>
internal static class EvaluationSets
{
    public static readonly string[] EkmanClasses = ["anger", "disgust", "fear", "joy", "neutral", "sadness", "surprise"];
    public static readonly string[] SentimentClasses = ["positive", "negative", "neutral"];
    public static readonly string[] FormalityClasses = ["formal", "casual"];
    public static readonly string[] IronyClasses = ["not ironic", "ironic"];
    public static readonly string[] CarerClasses = ["sadness", "joy", "love", "anger", "fear", "surprise"];

    /// <summary>GoEmotions ekman/dev.tsv, comments with exactly one Ekman label (the notes' single-label subset).</summary>
    public static List<LabelledText> GoEmotionsEkman(string data)
    {
        var directory = Path.Combine(data, "goemotions", "ekman");
        var labels = File.ReadAllLines(Path.Combine(directory, "labels.txt")).Select(l => l.Trim()).ToArray();
        var set = new List<LabelledText>();
        foreach (var (text, ids) in ReadGoEmotions(Path.Combine(directory, "dev.tsv")))
        {
            if (ids.Length == 1)
            {
                set.Add(new LabelledText(text, Array.IndexOf(EkmanClasses, labels[ids[0]])));
            }
        }

        return set;
    }

    /// <summary>GoEmotions group/dev.tsv as positive/negative/neutral; "ambiguous" counts as neutral, mixed comments are left out.</summary>
    public static List<LabelledText> GoEmotionsSentiment(string data)
    {
        var directory = Path.Combine(data, "goemotions", "group");
        var labels = File.ReadAllLines(Path.Combine(directory, "labels.txt")).Select(l => l.Trim()).ToArray();
        var set = new List<LabelledText>();
        foreach (var (text, ids) in ReadGoEmotions(Path.Combine(directory, "dev.tsv")))
        {
            var names = ids.Select(id => labels[id]).ToHashSet();
            var positive = names.Contains("positive");
            var negative = names.Contains("negative");
            if (positive && negative)
            {
                continue;
            }

            set.Add(new LabelledText(text, positive ? 0 : negative ? 1 : 2));
        }

        return set;
    }

    /// <summary>Pavlick formality (all genres): formal when the mean rating is above 0, casual below; 0 is left out.</summary>
    public static List<LabelledText> Pavlick(string data)
    {
        var set = new List<LabelledText>();
        foreach (var genre in new[] { "answers", "blog", "news" })
        {
            var path = Path.Combine(data, "formality-pavlick", genre);
            foreach (var line in File.ReadLines(path))
            {
                var parts = line.Split('\t');
                if (parts.Length < 4 || !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var mean) || mean == 0)
                {
                    continue;
                }

                set.Add(new LabelledText(Detokenize(parts[3]), mean > 0 ? 0 : 1));
            }
        }

        return set;
    }

    /// <summary>SemEval-2018 task 3A tweets: 1 ironic, 0 not.</summary>
    public static List<LabelledText> Irony(string data)
    {
        var path = Path.Combine(data, "irony-semeval2018", "SemEval2018-T3-train-taskA_emoji.txt");
        return File.ReadLines(path).Skip(1)
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length >= 3 && parts[1] is "0" or "1")
            .Select(parts => new LabelledText(parts[2], parts[1] == "1" ? 1 : 0))
            .ToList();
    }

    /// <summary>CARER (dair-ai emotion) validation tweets, lower-cased, six emotions.</summary>
    public static List<LabelledText> Carer(string data)
    {
        var path = Path.Combine(data, "emotion-dair", "val.txt");
        var set = new List<LabelledText>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var separator = line.LastIndexOf(';');
            if (separator <= 0)
            {
                continue;
            }

            var label = Array.IndexOf(CarerClasses, line[(separator + 1)..].Trim());
            if (label >= 0)
            {
                set.Add(new LabelledText(line[..separator], label));
            }
        }

        return set;
    }

    /// <summary>Undoes Penn Treebank tokenisation ("do n't" → "don't", "word ." → "word.") so no model learns the artefact.</summary>
    internal static string Detokenize(string text)
    {
        var builder = new StringBuilder(text)
            .Replace("-LRB- ", "(").Replace(" -RRB-", ")").Replace("-LRB-", "(").Replace("-RRB-", ")")
            .Replace("`` ", "\"").Replace(" ''", "\"").Replace("``", "\"").Replace("''", "\"")
            .Replace(" n't", "n't").Replace(" 's ", "'s ").Replace(" 're ", "'re ").Replace(" 'm ", "'m ")
            .Replace(" 'll ", "'ll ").Replace(" 've ", "'ve ").Replace(" 'd ", "'d ")
            .Replace(" .", ".").Replace(" ,", ",").Replace(" ?", "?").Replace(" !", "!").Replace(" ;", ";")
            .Replace(" :", ":").Replace("( ", "(").Replace(" )", ")").Replace(" %", "%").Replace("$ ", "$");
        var result = builder.ToString();
        foreach (var suffix in new[] { " 's", " 're", " 'm", " 'll", " 've", " 'd" })
        {
            if (result.EndsWith(suffix, StringComparison.Ordinal))
            {
                result = result[..^suffix.Length] + suffix[1..];
            }
        }

        return result.Trim();
    }

    private static IEnumerable<(string Text, int[] Ids)> ReadGoEmotions(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 2)
            {
                yield return (parts[0], parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).ToArray());
            }
        }
    }
}
