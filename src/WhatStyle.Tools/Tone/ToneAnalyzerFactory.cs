using WhatStyle.Tools.Tone.Model;
using WhatStyle.Tools.Tone.Semantic;

namespace WhatStyle.Tools.Tone;

/// <summary>Builds tone analysers outside dependency injection (CLI eval of a freshly trained model, benchmarks).</summary>
public static class ToneAnalyzerFactory
{
    // The shipped model is immutable: every analyser (and every DI container) in the process shares one copy.
    private static readonly Lazy<ToneModel> s_embedded = new(ToneModel.LoadEmbedded);
    private static readonly Lazy<SemanticHeads> s_heads = new(SemanticHeads.LoadEmbedded);

    /// <summary>The analyser with the model shipped in this library.</summary>
    public static IToneAnalyzer CreateDefault() => new ToneAnalyzer(ToneComponents.Shared, s_embedded.Value);

    /// <summary>The analyser with a model written by <c>whatstyle train --output <paramref name="modelDirectory"/></c>.</summary>
    public static IToneAnalyzer FromModelDirectory(string modelDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelDirectory);
        return new ToneAnalyzer(ToneComponents.Shared, ToneModel.LoadFrom(modelDirectory));
    }

    /// <summary>The deep analyser (lexical reading plus meaning) over <paramref name="lexical"/>, with the shipped heads.</summary>
    /// <remarks>The embedding model loads on the first message analysed, once per process.</remarks>
    public static IDeepToneAnalyzer CreateDeep(IToneAnalyzer? lexical = null) =>
        new SemanticToneAnalyzer(lexical ?? CreateDefault(), s_heads.Value);

    /// <summary>The deep analyser with heads written by <c>whatstyle train --output <paramref name="modelDirectory"/></c>.</summary>
    public static IDeepToneAnalyzer DeepFromModelDirectory(string modelDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(modelDirectory);
        return new SemanticToneAnalyzer(FromModelDirectory(modelDirectory), SemanticHeads.LoadFrom(modelDirectory));
    }
}
