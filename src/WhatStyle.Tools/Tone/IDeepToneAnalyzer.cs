namespace WhatStyle.Tools.Tone;

/// <summary>
/// The tone analyser that also reads meaning with a local sentence-embedding model: emergencies said without alarm
/// words, quiet hopelessness, intent. Slower (milliseconds, not microseconds) and loads a 91 MB model on first use, so
/// it serves one message at a time in the reply path and batches for bulk work; <see cref="IToneAnalyzer"/> stays lexical.
/// </summary>
public interface IDeepToneAnalyzer : IToneAnalyzer
{
}
