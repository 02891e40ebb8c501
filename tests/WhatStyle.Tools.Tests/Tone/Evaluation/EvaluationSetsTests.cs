using WhatStyle.Tools.Tests.Support;
using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Tone.Evaluation;

namespace WhatStyle.Tools.Tests.Tone.Evaluation;

public sealed class EvaluationSetsTests
{
    [Theory]
    [InlineData("I do n't know , do you ?", "I don't know, do you?")]
    [InlineData("It 's `` fine '' ( mostly ) .", "It's \"fine\" (mostly).")]
    [InlineData("we 're here and they 've gone", "we're here and they've gone")]
    [InlineData("that is John 's", "that is John's")]
    public void Detokenize_PennTreebankText_ReadsNaturally(string tokenized, string expected)
    {
        Assert.Equal(expected, EvaluationSets.Detokenize(tokenized));
    }

    [Fact]
    public void Evaluate_SharedData_ReportsEveryDimensionBesideABaseline()
    {
        var data = SharedData.RequirePath("data");

        var rows = ToneEvaluator.Evaluate(data, AnalyzerFixture.Analyzer, limit: 150);

        Assert.Equal(["emotion", "sentiment", "formality", "sarcasm", "emotion"], rows.Select(r => r.Dimension));
        Assert.All(rows, r =>
        {
            Assert.Equal(150, r.Examples);
            Assert.InRange(r.Accuracy, 0, 1);
            Assert.InRange(r.Score, 0, 1);
            Assert.InRange(r.BaselineScore, 0, 1);
        });

        // The learned emotion model has to beat always answering the most frequent class.
        Assert.True(rows[0].Score > rows[0].BaselineScore);
    }
}
