namespace WhatStyle.Tools.Tone.Rules;

/// <summary>The <see cref="ToneCue.Dimension"/> names, matching the JSON property names of <see cref="ToneAnalysis"/>.</summary>
internal static class Dimensions
{
    public const string Sentiment = "sentiment";
    public const string Emotion = "emotion";
    public const string Intensity = "intensity";
    public const string Formality = "formality";
    public const string Urgency = "urgency";
    public const string Sarcasm = "sarcasm";
    public const string NeedsSupport = "needsSupport";
    public const string Language = "language";
    public const string Caring = "caring";
    public const string Crisis = "crisis";
    public const string Intent = "intent";
}
