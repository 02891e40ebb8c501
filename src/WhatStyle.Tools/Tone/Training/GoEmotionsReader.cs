namespace WhatStyle.Tools.Tone.Training;

/// <summary>Reads GoEmotions (original 27 labels) and maps them onto WhatStyle's emotions and sentiment.</summary>
/// <remarks>
/// The mapping follows the data set's Ekman mapping (ekman_mapping.json), except that love, caring and desire
/// become <see cref="Emotion.Love"/> instead of joy: WhatStyle needs affection and longing as their own label.
/// Sentiment follows sentiment_dict.json; "ambiguous" labels (surprise, curiosity, confusion, realization) count
/// as neutral because they carry no polarity.
/// </remarks>
internal static class GoEmotionsReader
{
    private static readonly Dictionary<string, Emotion> s_emotion = new(StringComparer.Ordinal)
    {
        ["admiration"] = Emotion.Joy, ["amusement"] = Emotion.Joy, ["approval"] = Emotion.Joy, ["excitement"] = Emotion.Joy,
        ["gratitude"] = Emotion.Joy, ["joy"] = Emotion.Joy, ["optimism"] = Emotion.Joy, ["pride"] = Emotion.Joy, ["relief"] = Emotion.Joy,
        ["love"] = Emotion.Love, ["caring"] = Emotion.Love, ["desire"] = Emotion.Love,
        ["sadness"] = Emotion.Sadness, ["disappointment"] = Emotion.Sadness, ["embarrassment"] = Emotion.Sadness,
        ["grief"] = Emotion.Sadness, ["remorse"] = Emotion.Sadness,
        ["anger"] = Emotion.Anger, ["annoyance"] = Emotion.Anger, ["disapproval"] = Emotion.Anger,
        ["disgust"] = Emotion.Disgust,
        ["fear"] = Emotion.Fear, ["nervousness"] = Emotion.Fear,
        ["surprise"] = Emotion.Surprise, ["realization"] = Emotion.Surprise, ["confusion"] = Emotion.Surprise, ["curiosity"] = Emotion.Surprise,
        ["neutral"] = Emotion.Neutral,
    };

    /// <summary>Reads <c>goemotions/original/{split}.tsv</c>.</summary>
    public static IReadOnlyList<GoEmotionsExample> Read(string goEmotionsDirectory, string split)
    {
        var original = Path.Combine(goEmotionsDirectory, "original");
        var labels = File.ReadAllLines(Path.Combine(original, "labels.txt")).Select(l => l.Trim()).ToArray();
        var examples = new List<GoEmotionsExample>();
        foreach (var line in File.ReadLines(Path.Combine(original, split + ".tsv")))
        {
            var parts = line.Split('\t');
            if (parts.Length < 2)
            {
                continue;
            }

            var names = parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(id => labels[int.Parse(id, System.Globalization.CultureInfo.InvariantCulture)]).ToList();
            var emotions = names.Select(n => s_emotion[n]).Distinct().ToList();
            examples.Add(new GoEmotionsExample(parts[0], emotions, SentimentOf(emotions, names)));
        }

        return examples;
    }

    private static SentimentLabel? SentimentOf(List<Emotion> emotions, List<string> names)
    {
        var positive = emotions.Any(e => e is Emotion.Joy or Emotion.Love);
        var negative = emotions.Any(e => e is Emotion.Sadness or Emotion.Anger or Emotion.Fear or Emotion.Disgust);
        return (positive, negative) switch
        {
            (true, true) => null,
            (true, false) => SentimentLabel.Positive,
            (false, true) => SentimentLabel.Negative,
            _ => names.Count > 0 ? SentimentLabel.Neutral : null,
        };
    }
}
