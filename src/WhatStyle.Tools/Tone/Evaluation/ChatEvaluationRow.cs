namespace WhatStyle.Tools.Tone.Evaluation;

/// <summary>One line of the chat-set part of `whatstyle eval`: precision, recall and F1 of one dimension, for one reading.</summary>
/// <param name="Dimension">urgency, distress, crisis, crisis kind, intent or sarcasm.</param>
/// <param name="Reading">"lexical" (the fast analyser) or "deep" (with the semantic reading, as in the reply path).</param>
/// <param name="Dataset">Which set and split.</param>
/// <param name="Target">What is scored, e.g. "high vs the rest", "possible or likely", "macro over 12 intents".</param>
/// <param name="Examples">How many messages were scored.</param>
/// <param name="Precision">Precision of the target class (or macro precision).</param>
/// <param name="Recall">Recall of the target class (or macro recall).</param>
/// <param name="F1">F1 of the target class (or macro-F1).</param>
/// <param name="Accuracy">Share of exact matches over all labels of the dimension.</param>
/// <param name="FlagRate">Share of messages flagged (binary dimensions), else null.</param>
public sealed record ChatEvaluationRow(
    string Dimension,
    string Reading,
    string Dataset,
    string Target,
    int Examples,
    double Precision,
    double Recall,
    double F1,
    double Accuracy,
    double? FlagRate);
