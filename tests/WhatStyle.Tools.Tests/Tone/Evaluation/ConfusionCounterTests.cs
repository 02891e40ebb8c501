using WhatStyle.Tools.Tone.Evaluation;

namespace WhatStyle.Tools.Tests.Tone.Evaluation;

public sealed class ConfusionCounterTests
{
    [Fact]
    public void MacroF1_KnownConfusion_MatchesHandComputation()
    {
        var counter = new ConfusionCounter(2);
        // gold 0: 3 right, 1 wrong; gold 1: 1 right, 1 wrong.
        counter.Add(0, 0);
        counter.Add(0, 0);
        counter.Add(0, 0);
        counter.Add(0, 1);
        counter.Add(1, 1);
        counter.Add(1, 0);

        // class 0: P 3/4, R 3/4, F1 0.75; class 1: P 1/2, R 1/2, F1 0.5.
        Assert.Equal(4.0 / 6, counter.Accuracy(), 6);
        Assert.Equal(0.75, counter.F1(0), 6);
        Assert.Equal(0.5, counter.F1(1), 6);
        Assert.Equal(0.625, counter.MacroF1(), 6);
    }

    [Fact]
    public void MacroF1_ClassNeverInGold_IsLeftOut()
    {
        var counter = new ConfusionCounter(3);
        counter.Add(0, 0);
        counter.Add(1, 2);

        Assert.Equal(0.5, counter.MacroF1(), 6);
    }
}
