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
