namespace WhatStyle.Tools.Tone.Semantic;

/// <summary>The deep analyser's stand-in where the semantic reading is switched off (<c>Tone:Semantic=false</c>) or a host
/// registered its own analyser: the lexical reading, unchanged, and no model loaded.</summary>
internal sealed class LexicalOnlyAnalyzer(IToneAnalyzer lexical) : IDeepToneAnalyzer
{
    public ToneAnalysis Analyze(string text, ToneContext? context = null) => lexical.Analyze(text, context);

    public IReadOnlyList<ToneAnalysis> AnalyzeBatch(IReadOnlyList<string> texts, ToneContext? context = null) => lexical.AnalyzeBatch(texts, context);
}
