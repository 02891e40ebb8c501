namespace WhatStyle.Tools.Tone.Evaluation;

/// <summary>Scores an analyser on the labelled sets in ../shared/data, each beside a majority-class baseline.</summary>
public static class ToneEvaluator
{
    /// <summary>Runs every set found under <paramref name="dataDirectory"/>; a missing set is left out of the report.</summary>
    /// <param name="dataDirectory">The shared data folder (holding goemotions/, formality-pavlick/, ...).</param>
    /// <param name="analyzer">The analyser to measure.</param>
    /// <param name="limit">Score at most this many examples per set (for quick runs and tests); null for all.</param>
    /// <param name="progress">Receives the name of each set as it starts.</param>
    public static IReadOnlyList<ToneEvaluationRow> Evaluate(string dataDirectory, IToneAnalyzer analyzer, int? limit = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(analyzer);
        var rows = new List<ToneEvaluationRow>();
        if (Directory.Exists(Path.Combine(dataDirectory, "goemotions")))
        {
            progress?.Report("GoEmotions dev");
            rows.Add(Score("emotion", "GoEmotions dev (Ekman+neutral, love→joy)", "macro-F1", 0.55, EvaluationSets.EkmanClasses,
                Take(EvaluationSets.GoEmotionsEkman(dataDirectory), limit), analyzer, a => EkmanIndex(a.Emotion.Label), null));
            rows.Add(Score("sentiment", "GoEmotions dev (group labels)", "macro-F1", 0.70, EvaluationSets.SentimentClasses,
                Take(EvaluationSets.GoEmotionsSentiment(dataDirectory), limit), analyzer, a => (int)a.Sentiment.Label, null));
        }

        if (Directory.Exists(Path.Combine(dataDirectory, "formality-pavlick")))
        {
            progress?.Report("Pavlick formality");
            rows.Add(Score("formality", "Pavlick (sign of mean rating)", "macro-F1", 0.80, EvaluationSets.FormalityClasses,
                Take(EvaluationSets.Pavlick(dataDirectory), limit), analyzer, a => a.Formality.Label == FormalityLabel.Formal ? 0 : 1, null));
        }

        if (Directory.Exists(Path.Combine(dataDirectory, "irony-semeval2018")))
        {
            progress?.Report("SemEval-2018 irony");
            // Measure only: the irony set may not train a model the project ships, so its F1 target is retired.
            rows.Add(Score("sarcasm", "SemEval-2018 irony (train tweets, measure only)", "F1 (ironic)", null, EvaluationSets.IronyClasses,
                Take(EvaluationSets.Irony(dataDirectory), limit), analyzer, a => a.Sarcasm.Detected ? 1 : 0, positiveClass: 1));
        }

        if (Directory.Exists(Path.Combine(dataDirectory, "emotion-dair")))
        {
            progress?.Report("CARER val");
            rows.Add(Score("emotion", "CARER val (6 emotions, other domain)", "macro-F1", null, EvaluationSets.CarerClasses,
                Take(EvaluationSets.Carer(dataDirectory), limit), analyzer, a => CarerIndex(a.Emotion.Label), null));
        }

        return rows;
    }

    private static List<LabelledText> Take(List<LabelledText> set, int? limit) =>
        limit is { } n && n < set.Count ? set.GetRange(0, n) : set;

    private static ToneEvaluationRow Score(
        string dimension,
        string dataset,
        string metric,
        double? target,
        string[] classes,
        List<LabelledText> set,
        IToneAnalyzer analyzer,
        Func<ToneAnalysis, int> predict,
        int? positiveClass)
    {
        // Predictions outside the set's classes (e.g. "disgust" on CARER) get an extra column: always wrong.
        var counter = new ConfusionCounter(classes.Length + 1);
        var gold = new int[classes.Length + 1];
        foreach (var example in set)
        {
            var predicted = predict(analyzer.Analyze(example.Text));
            counter.Add(example.Label, predicted < 0 ? classes.Length : predicted);
            gold[example.Label]++;
        }

        var majority = Array.IndexOf(gold, gold.Max());
        var baseline = new ConfusionCounter(classes.Length + 1);
        foreach (var example in set)
        {
            baseline.Add(example.Label, majority);
        }

        var score = positiveClass is { } p ? counter.F1(p) : counter.MacroF1();
        var baselineScore = positiveClass is { } q ? baseline.F1(q) : baseline.MacroF1();
        return new ToneEvaluationRow(dimension, dataset, metric, set.Count, counter.Accuracy(), counter.MacroF1(), score, baseline.Accuracy(), baselineScore, target);
    }

    private static int EkmanIndex(Emotion emotion) => emotion switch
    {
        Emotion.Anger => 0,
        Emotion.Disgust => 1,
        Emotion.Fear => 2,
        Emotion.Joy or Emotion.Love => 3,
        Emotion.Neutral => 4,
        Emotion.Sadness => 5,
        Emotion.Surprise => 6,
        _ => -1,
    };

    private static int CarerIndex(Emotion emotion) => emotion switch
    {
        Emotion.Sadness => 0,
        Emotion.Joy => 1,
        Emotion.Love => 2,
        Emotion.Anger => 3,
        Emotion.Fear => 4,
        Emotion.Surprise => 5,
        _ => -1,
    };
}
