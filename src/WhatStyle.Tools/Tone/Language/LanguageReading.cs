namespace WhatStyle.Tools.Tone.Language;

/// <summary>The detected language (ISO 639-1, or "und") with the cue that decided it (null when none did).</summary>
/// <remarks>A value with at most one cue: it lives only while one message is analysed, so it need not be garbage.</remarks>
internal readonly record struct LanguageReading(string Code, double Confidence, string? Cue);
