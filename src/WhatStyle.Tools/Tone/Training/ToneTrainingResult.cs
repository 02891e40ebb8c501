namespace WhatStyle.Tools.Tone.Training;

/// <summary>What <c>whatstyle train</c> produced: the model files and the learned model's own scores on GoEmotions dev.</summary>
/// <param name="OutputDirectory">Where emotion.zip and sentiment.zip were written.</param>
/// <param name="TrainRows">Training rows (multi-label comments count once per label).</param>
/// <param name="DevEmotionMacroF1">Macro-F1 of the 8 emotions on dev, model alone (no rules).</param>
/// <param name="DevSentimentMacroF1">Macro-F1 of positive/negative/neutral on dev, model alone.</param>
/// <param name="ModelBytes">Total size of the two files.</param>
public sealed record ToneTrainingResult(string OutputDirectory, int TrainRows, double DevEmotionMacroF1, double DevSentimentMacroF1, long ModelBytes);
