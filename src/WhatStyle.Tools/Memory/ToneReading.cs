using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Memory;

/// <summary>The tone of one incoming message, kept so the trend does not re-analyse history on every read.</summary>
/// <param name="MessageId">The message.</param>
/// <param name="Sentiment">Sentiment score, -1..1.</param>
/// <param name="Emotion">Dominant emotion.</param>
public sealed record ToneReading(string MessageId, double Sentiment, Emotion Emotion);
