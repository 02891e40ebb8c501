using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Tests.Support;

/// <summary>The real analyser, recording the context each single-message reading was given.</summary>
internal sealed class RecordingToneAnalyzer(IToneAnalyzer inner) : IToneAnalyzer
{
    private readonly List<(string Text, ToneContext? Context)> _readings = [];

    public IReadOnlyList<(string Text, ToneContext? Context)> Readings
    {
        get
        {
            lock (_readings)
            {
                return [.. _readings];
            }
        }
    }

    /// <summary>The previous messages the one reading of <paramref name="text"/> was given (empty when it had no context).</summary>
    public IReadOnlyList<string> ContextOf(string text) => Readings.Single(r => r.Text == text).Context?.PreviousMessages ?? [];

    /// <summary>The previous messages of every reading of <paramref name="text"/>, in order (a message answered twice is read twice).</summary>
    public IReadOnlyList<IReadOnlyList<string>> ContextsOf(string text) =>
        [.. Readings.Where(r => r.Text == text).Select(r => r.Context?.PreviousMessages ?? [])];

    public ToneAnalysis Analyze(string text, ToneContext? context = null)
    {
        lock (_readings)
        {
            _readings.Add((text, context));
        }

        return inner.Analyze(text, context);
    }

    public IReadOnlyList<ToneAnalysis> AnalyzeBatch(IReadOnlyList<string> texts, ToneContext? context = null) => inner.AnalyzeBatch(texts, context);
}
