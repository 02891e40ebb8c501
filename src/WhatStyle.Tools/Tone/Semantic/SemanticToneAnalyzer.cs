namespace WhatStyle.Tools.Tone.Semantic;

/// <summary>
/// The deep reading: the lexical analyser's reading plus what a sentence-embedding model reads of the message's meaning.
/// </summary>
/// <remarks>
/// One embedding per message (about 6 ms on this machine); <see cref="AnalyzeBatch"/> embeds all messages in one call
/// for bulk work (<c>analyze --deep</c>). The plain <see cref="IToneAnalyzer"/> stays lexical and fast; this one is
/// used once per incoming message in the reply path (the MCP tool <c>analyze_tone</c>) and by the bridge's crisis check.
/// </remarks>
internal sealed class SemanticToneAnalyzer(IToneAnalyzer lexical, SemanticHeads heads) : IDeepToneAnalyzer
{
    public ToneAnalysis Analyze(string text, ToneContext? context = null)
    {
        var reading = lexical.Analyze(text, context);
        if (string.IsNullOrWhiteSpace(text))
        {
            return reading;
        }

        return SemanticMerge.Apply(reading, SemanticReading.From(heads, SentenceEmbedder.Embed(SemanticInput.For(text, reading.Language))));
    }

    public IReadOnlyList<ToneAnalysis> AnalyzeBatch(IReadOnlyList<string> texts, ToneContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var readings = lexical.AnalyzeBatch(texts, context);
        var embeddings = SentenceEmbedder.EmbedBatch([.. texts.Select((t, i) => SemanticInput.For(t, readings[i].Language))]);
        var merged = new ToneAnalysis[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            merged[i] = string.IsNullOrWhiteSpace(texts[i]) ? readings[i] : SemanticMerge.Apply(readings[i], SemanticReading.From(heads, embeddings[i]));
        }

        return merged;
    }
}
