namespace WhatStyle.Tools.Tone.Training;

/// <summary>One GoEmotions comment with its labels mapped onto WhatStyle's emotions and sentiment.</summary>
/// <param name="Text">The comment.</param>
/// <param name="Emotions">Distinct mapped emotions (GoEmotions is multi-label).</param>
/// <param name="Sentiment">Mapped sentiment, or null when the comment is both positive and negative.</param>
internal sealed record GoEmotionsExample(string Text, IReadOnlyList<Emotion> Emotions, SentimentLabel? Sentiment);
