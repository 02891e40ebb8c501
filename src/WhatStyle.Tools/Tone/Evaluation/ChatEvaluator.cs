namespace WhatStyle.Tools.Tone.Evaluation;

/// <summary>
/// Scores urgency, distress, crisis and intent on the project's chat test split (data/chat/test.tsv, never trained on),
/// and sarcasm as precision at its flag rate: on the irony set beside how often it flags ordinary comments (GoEmotions dev).
/// </summary>
public static class ChatEvaluator
{
    public const string TestSet = "data/chat test";

    /// <summary>Scores one analyser's reading of the chat test split.</summary>
    /// <param name="reading">A name for the analyser ("lexical" or "deep").</param>
    public static IReadOnlyList<ChatEvaluationRow> Evaluate(IReadOnlyList<ChatExample> test, IToneAnalyzer analyzer, string reading, string dataset = TestSet)
    {
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(analyzer);
        var analyses = analyzer.AnalyzeBatch([.. test.Select(t => t.Text)]);
        var urgency = new ConfusionCounter(3);
        var urgent = new ConfusionCounter(2);
        var distress = new ConfusionCounter(2);
        var crisis = new ConfusionCounter(2);
        var kind = new ConfusionCounter(5);
        var intent = new ConfusionCounter(Enum.GetValues<MessageIntent>().Length);
        for (var i = 0; i < test.Count; i++)
        {
            var gold = test[i];
            var a = analyses[i];
            urgency.Add((int)gold.Urgency, (int)a.Urgency.Label);
            urgent.Add(gold.Urgency == UrgencyLevel.High ? 1 : 0, a.Urgency.Label == UrgencyLevel.High ? 1 : 0);
            distress.Add(gold.Distress ? 1 : 0, a.NeedsSupport ? 1 : 0);
            crisis.Add(gold.Crisis != CrisisLevel.None ? 1 : 0, a.Crisis.HoldsReply ? 1 : 0);
            if (gold.CrisisKind is { } goldKind)
            {
                kind.Add(KindIndex(goldKind), a.Crisis.Kind is { } k ? KindIndex(k) : 4);
            }

            intent.Add((int)gold.Intent, (int)a.Intent);
        }

        var (ip, ir, iF) = intent.Macro();
        var (up, ur, uF) = urgency.Macro();
        return
        [
            Binary("urgency", reading, dataset, "high vs the rest", test.Count, urgent, urgency.Accuracy()),
            new ChatEvaluationRow("urgency", reading, dataset, "macro over low/medium/high", test.Count, up, ur, uF, urgency.Accuracy(), null),
            Binary("distress", reading, dataset, "writer in distress", test.Count, distress, distress.Accuracy()),
            Binary("crisis", reading, dataset, "possible or likely vs none", test.Count, crisis, crisis.Accuracy()),
            new ChatEvaluationRow("crisis kind", reading, dataset, "kind of the gold crises (accuracy)", kind.Total, kind.Accuracy(), kind.Accuracy(), kind.Accuracy(), kind.Accuracy(), null),
            new ChatEvaluationRow("intent", reading, dataset, "macro over 12 intents", test.Count, ip, ir, iF, intent.Accuracy(), null),
        ];
    }

    /// <summary>
    /// Sarcasm, measure only: precision, recall and F1 on the irony set, and the share of ordinary Reddit comments
    /// (GoEmotions dev, no sarcasm labels) it flags, which bounds how often it would misread ordinary chat.
    /// </summary>
    public static IReadOnlyList<ChatEvaluationRow> Sarcasm(string dataDirectory, IToneAnalyzer analyzer, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(analyzer);
        var rows = new List<ChatEvaluationRow>();
        if (Directory.Exists(Path.Combine(dataDirectory, "irony-semeval2018")))
        {
            var irony = Take(EvaluationSets.Irony(dataDirectory), limit);
            var counter = new ConfusionCounter(2);
            var flagged = 0;
            foreach (var example in irony)
            {
                var detected = analyzer.Analyze(example.Text).Sarcasm.Detected;
                flagged += detected ? 1 : 0;
                counter.Add(example.Label, detected ? 1 : 0);
            }

            rows.Add(new ChatEvaluationRow("sarcasm", "lexical", "SemEval-2018 irony (measure only)", "ironic", irony.Count,
                counter.Precision(1), counter.Recall(1), counter.F1(1), counter.Accuracy(), flagged / (double)Math.Max(1, irony.Count)));
        }

        if (Directory.Exists(Path.Combine(dataDirectory, "goemotions")))
        {
            var comments = Take(EvaluationSets.GoEmotionsSentiment(dataDirectory), limit);
            var flagged = comments.Count(c => analyzer.Analyze(c.Text).Sarcasm.Detected);
            rows.Add(new ChatEvaluationRow("sarcasm", "lexical", "GoEmotions dev (ordinary comments, unlabelled)", "flag rate", comments.Count,
                double.NaN, double.NaN, double.NaN, double.NaN, flagged / (double)Math.Max(1, comments.Count)));
        }

        return rows;
    }

    /// <summary>
    /// The share of ordinary comments (GoEmotions dev) the given reading holds as a possible or likely crisis: what a
    /// recall-first crisis threshold costs the owner in drafts to look at.
    /// </summary>
    public static IReadOnlyList<ChatEvaluationRow> CrisisFlagRate(string dataDirectory, IToneAnalyzer analyzer, string reading, int? limit = null)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(analyzer);
        if (!Directory.Exists(Path.Combine(dataDirectory, "goemotions")))
        {
            return [];
        }

        var comments = Take(EvaluationSets.GoEmotionsSentiment(dataDirectory), limit);
        var flagged = analyzer.AnalyzeBatch([.. comments.Select(c => c.Text)]).Count(r => r.Crisis.HoldsReply);
        return [new ChatEvaluationRow("crisis", reading, "GoEmotions dev (ordinary comments, unlabelled)", "flag rate", comments.Count,
            double.NaN, double.NaN, double.NaN, double.NaN, flagged / (double)Math.Max(1, comments.Count))];
    }

    private static List<LabelledText> Take(List<LabelledText> set, int? limit) =>
        limit is { } n && n < set.Count ? set.GetRange(0, n) : set;

    private static ChatEvaluationRow Binary(string dimension, string reading, string dataset, string target, int n, ConfusionCounter counter, double accuracy)
    {
        return new ChatEvaluationRow(dimension, reading, dataset, target, n, counter.Precision(1), counter.Recall(1), counter.F1(1), accuracy, FlagRate(counter, n));
    }

    private static double FlagRate(ConfusionCounter counter, int n) => n == 0 ? 0 : counter.PredictedOf(1) / (double)n;

    private static int KindIndex(string kind) => kind switch
    {
        "self-harm" => 0,
        "danger" => 1,
        "medical" => 2,
        "abuse" => 3,
        _ => 4,
    };
}
