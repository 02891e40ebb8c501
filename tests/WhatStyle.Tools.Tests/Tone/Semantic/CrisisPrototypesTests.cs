using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Tone.Semantic;

namespace WhatStyle.Tools.Tests.Tone.Semantic;

public sealed class CrisisPrototypesTests
{
    [Fact]
    public void Margin_NearerACrisisThanAnyOrdinaryMessage_IsPositive()
    {
        var prototypes = new CrisisPrototypes([Axis(0)], [Axis(1), Axis(2)]);

        Assert.Equal(1.0, prototypes.Margin(Axis(0)), 3);
        Assert.Equal(-1.0, prototypes.Margin(Axis(1)), 3);
        Assert.Equal(0.0, prototypes.Margin(Between(0, 1)), 3);
    }

    [Fact]
    public void Margin_NoExemplars_IsMinusOne()
    {
        Assert.Equal(-1, CrisisPrototypes.Empty.Margin(Axis(0)));
    }

    [Fact]
    public void SaveThenLoad_KeepsThePrototypesToHalfPrecision()
    {
        var heads = SemanticHeads.LoadEmbedded();
        var directory = Directory.CreateTempSubdirectory("whatstyle-heads-").FullName;
        try
        {
            var withPrototypes = new SemanticHeads
            {
                Urgency = heads.Urgency,
                Distress = heads.Distress,
                Crisis = heads.Crisis,
                Kind = heads.Kind,
                Intent = heads.Intent,
                Prototypes = new CrisisPrototypes([Between(0, 1)], [Axis(2)]),
            };

            withPrototypes.Save(directory);
            var loaded = SemanticHeads.LoadFrom(directory);

            Assert.Single(loaded.Prototypes.Crises);
            Assert.Equal(Between(0, 1)[0], loaded.Prototypes.Crises[0][0], 3);
            Assert.Equal(withPrototypes.Prototypes.Margin(Axis(0)), loaded.Prototypes.Margin(Axis(0)), 3);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Apply_MarginAtThreshold_HoldsAMessageNoRuleFlagged()
    {
        var lexical = AnalyzerFixture.Analyzer.Analyze("grandpa is on the floor and his face looks wrong");
        Assert.Equal(CrisisLevel.None, lexical.Crisis.Level);
        var thresholds = SemanticThresholds.Default with { Crisis = 2, Prototype = 0.05 };

        var near = SemanticMerge.Apply(lexical, Reading(margin: 0.06, medical: true), thresholds);
        var far = SemanticMerge.Apply(lexical, Reading(margin: 0.04, medical: true), thresholds);

        Assert.Equal(CrisisLevel.Possible, near.Crisis.Level);
        Assert.Equal("medical", near.Crisis.Kind);
        Assert.Contains(near.Cues, c => c.Signal == "prototype:medical");
        Assert.Equal(CrisisLevel.None, far.Crisis.Level);
    }

    [Fact]
    public void Apply_IdiomWithACrisisMargin_StaysNone()
    {
        var lexical = AnalyzerFixture.Analyzer.Analyze("this deadline will be the death of me lol");

        var merged = SemanticMerge.Apply(lexical, Reading(margin: 0.5, medical: false), SemanticThresholds.Default with { Prototype = 0 });

        Assert.Equal(CrisisLevel.None, merged.Crisis.Level);
    }

    private static SemanticReading Reading(double margin, bool medical) =>
        new([1, 0, 0], 0, [1, 0, 0], medical ? [0, 0, 1, 0] : [1, 0, 0, 0], [.. SemanticHeads.IntentLabels.Select(_ => 0.0)]) { CrisisMargin = margin };

    private static float[] Axis(int d)
    {
        var v = new float[SentenceEmbedder.Dimension];
        v[d] = 1;
        return v;
    }

    private static float[] Between(int a, int b)
    {
        var v = new float[SentenceEmbedder.Dimension];
        v[a] = v[b] = MathF.Sqrt(0.5f);
        return v;
    }
}
