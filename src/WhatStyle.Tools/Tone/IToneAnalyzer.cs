namespace WhatStyle.Tools.Tone;

/// <summary>Reads the tone of chat messages. Implementations are thread-safe.</summary>
public interface IToneAnalyzer
{
    /// <summary>Analyses one message. Empty or whitespace text yields a neutral reading, never an exception.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    ToneAnalysis Analyze(string text, ToneContext? context = null);

    /// <summary>Analyses many messages; results come back in input order.</summary>
    IReadOnlyList<ToneAnalysis> AnalyzeBatch(IReadOnlyList<string> texts, ToneContext? context = null);
}
