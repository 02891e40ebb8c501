namespace WhatStyle.Tools.Tone.Language;

/// <summary>The detected language (ISO 639-1, or "und") with the cues that decided it.</summary>
internal sealed record LanguageReading(string Code, double Confidence, IReadOnlyList<string> Cues);
