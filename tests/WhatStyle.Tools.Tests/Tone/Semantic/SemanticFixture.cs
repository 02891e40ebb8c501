using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone.Semantic;

/// <summary>
/// The deep analyser, built once per test process: the embedding model (91 MB) loads on its first use, and only the
/// tests that touch this fixture pay for it.
/// </summary>
internal static class SemanticFixture
{
    private static readonly Lazy<IDeepToneAnalyzer> s_deep = new(() => ToneAnalyzerFactory.CreateDeep(AnalyzerFixture.Analyzer));

    public static IDeepToneAnalyzer Deep => s_deep.Value;
}
