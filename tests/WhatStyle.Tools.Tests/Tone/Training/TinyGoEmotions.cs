namespace WhatStyle.Tools.Tests.Tone.Training;

/// <summary>Writes a GoEmotions-shaped folder with a handful of made-up comments, so training runs in seconds.</summary>
internal static class TinyGoEmotions
{
    private static readonly string[] s_labels =
    [
        "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion", "curiosity", "desire", "disappointment",
        "disapproval", "disgust", "embarrassment", "excitement", "fear", "gratitude", "grief", "joy", "love", "nervousness",
        "optimism", "pride", "realization", "relief", "remorse", "sadness", "surprise", "neutral",
    ];

    private static readonly (string Text, string Label)[] s_comments =
    [
        ("thank you so much, this is great", "gratitude"), ("I love this so much", "love"), ("this makes me so happy", "joy"),
        ("I hate this, it is awful", "anger"), ("so sad to hear that", "sadness"), ("I am scared of the dark", "fear"),
        ("wow, I did not expect that", "surprise"), ("that is disgusting", "disgust"), ("the bus comes at five", "neutral"),
        ("it is on the table", "neutral"), ("thanks, great work", "gratitude"), ("love you", "love"), ("what a terrible loss", "sadness"),
        ("this is so annoying", "annoyance"), ("I'm worried about tomorrow", "nervousness"), ("oh really? no way", "surprise"),
    ];

    /// <summary>Creates data/goemotions/original/{labels.txt,train.tsv,dev.tsv} under <paramref name="root"/>; returns data/.</summary>
    public static string Write(string root)
    {
        var data = Path.Combine(root, "data");
        var original = Path.Combine(data, "goemotions", "original");
        Directory.CreateDirectory(original);
        File.WriteAllLines(Path.Combine(original, "labels.txt"), s_labels);
        var lines = s_comments.Select((c, i) => $"{c.Text}\t{Array.IndexOf(s_labels, c.Label)}\tid{i}").ToArray();
        File.WriteAllLines(Path.Combine(original, "train.tsv"), lines);
        File.WriteAllLines(Path.Combine(original, "dev.tsv"), lines);
        return data;
    }
}
