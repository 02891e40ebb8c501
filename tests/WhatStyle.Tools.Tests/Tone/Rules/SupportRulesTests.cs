using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone.Rules;

/// <summary>The writer's own distress in the languages the emotion model cannot read.</summary>
public sealed class SupportRulesTests
{
    private static IToneAnalyzer Analyzer => AnalyzerFixture.Analyzer;

    [Theory]
    [InlineData("depuis le déménagement je me sens tellement seule le soir")]
    [InlineData("ya no puedo más con el trabajo, estoy fatal")]
    [InlineData("ich kann nicht mehr, alles wird mir zu viel")]
    [InlineData("não aguento mais essa semana, tô destruída")]
    [InlineData("fühl mich so einsam seit sie weg ist")]
    public void AForeignPleaOrFeelingNeedsSupport(string text)
    {
        Assert.True(Analyzer.Analyze(text).NeedsSupport);
    }

    [Theory]
    [InlineData("je suis seule ce soir, tu veux passer regarder un film ?")]
    [InlineData("estoy solo en casa, vente si quieres jaja")]
    public void BeingAloneAsAPlanIsNoDistress(string text)
    {
        Assert.False(Analyzer.Analyze(text).NeedsSupport);
    }
}
