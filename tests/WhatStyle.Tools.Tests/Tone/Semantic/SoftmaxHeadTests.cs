using WhatStyle.Tools.Tone.Semantic;

namespace WhatStyle.Tools.Tests.Tone.Semantic;

public sealed class SoftmaxHeadTests
{
    [Fact]
    public void Train_SeparableClasses_PredictsEachClassAboveHalf()
    {
        // Three classes, each along its own axis of the embedding space: a head that learned anything separates them.
        var x = new List<float[]>();
        var y = new List<int>();
        var random = new Random(3);
        for (var i = 0; i < 90; i++)
        {
            var v = new float[SentenceEmbedder.Dimension];
            v[i % 3] = 1;
            v[10 + random.Next(20)] = 0.3f;
            x.Add(v);
            y.Add(i % 3);
        }

        var head = SoftmaxHead.Train(["a", "b", "c"], x, y, [.. x.Select(_ => 1.0)], epochs: 200);

        for (var c = 0; c < 3; c++)
        {
            var probe = new float[SentenceEmbedder.Dimension];
            probe[c] = 1;
            var p = head.Predict(probe);
            Assert.True(p[c] > 0.5, $"class {c}: {p[c]:0.00}");
            Assert.Equal(1.0, p.Sum(), 3);
        }
    }

    [Fact]
    public void ShippedHeads_LoadWithTheContractLabels()
    {
        var heads = SemanticHeads.LoadEmbedded();

        Assert.Equal(SemanticHeads.IntentLabels, heads.Intent.Labels);
        Assert.Equal(SemanticHeads.CrisisLabels, heads.Crisis.Labels);
        Assert.Equal(SemanticHeads.KindLabels, heads.Kind.Labels);
        Assert.Equal(Enum.GetValues<WhatStyle.Tools.Tone.MessageIntent>().Length, heads.Intent.Labels.Length);
        Assert.Contains("data/chat/train.tsv", heads.Source, StringComparison.Ordinal);
    }
}
