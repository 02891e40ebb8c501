using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Tone.Semantic;

namespace WhatStyle.Tools.Tests.Tone.Semantic;

/// <summary>A rule hint too weak alone and a head that leans to a crisis hold the reply together; neither does alone.</summary>
public sealed class SemanticMergeHintTests
{
    private static readonly SemanticThresholds Thresholds = SemanticThresholds.Default with { Crisis = 0.85, Hinted = 0.6, Prototype = 2 };

    [Fact]
    public void Apply_WeakHintAndHeadAboveHinted_HoldsAsPossible()
    {
        // "alone" is one danger hint (0.3): below "possible" for the rules alone.
        var lexical = AnalyzerFixture.Analyzer.Analyze("walking back alone now");
        Assert.Equal(CrisisLevel.None, lexical.Crisis.Level);

        var merged = SemanticMerge.Apply(lexical, Reading(crisis: 0.7, kind: 1), Thresholds);

        Assert.Equal(CrisisLevel.Possible, merged.Crisis.Level);
        Assert.Equal("danger", merged.Crisis.Kind);
        Assert.Contains(merged.Cues, c => c.Signal == "semantic+hint:danger");
    }

    [Fact]
    public void Apply_NoHintAndHeadBetweenHintedAndCrisis_StaysNone()
    {
        var lexical = AnalyzerFixture.Analyzer.Analyze("walking back now");

        var merged = SemanticMerge.Apply(lexical, Reading(crisis: 0.7, kind: 1), Thresholds);

        Assert.Equal(CrisisLevel.None, merged.Crisis.Level);
    }

    [Fact]
    public void Apply_HintWithLaughter_StaysNone()
    {
        // Laughter takes 0.4 off: the hint no longer counts.
        var lexical = AnalyzerFixture.Analyzer.Analyze("home alone tonight haha");

        var merged = SemanticMerge.Apply(lexical, Reading(crisis: 0.7, kind: 1), Thresholds);

        Assert.Equal(CrisisLevel.None, merged.Crisis.Level);
    }

    [Fact]
    public void Apply_HintedOff_WeakHintNeedsTheFullThreshold()
    {
        var lexical = AnalyzerFixture.Analyzer.Analyze("walking back alone now");

        var merged = SemanticMerge.Apply(lexical, Reading(crisis: 0.7, kind: 1), Thresholds with { Hinted = 2 });

        Assert.Equal(CrisisLevel.None, merged.Crisis.Level);
    }

    private static SemanticReading Reading(double crisis, int kind)
    {
        double[] kinds = [0, 0, 0, 0];
        kinds[kind] = 1;
        return new SemanticReading([1, 0, 0], 0, [1 - crisis, crisis, 0], kinds, [.. SemanticHeads.IntentLabels.Select(_ => 0.0)]);
    }
}
