using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone.Semantic;

/// <summary>The deep reading (rules plus meaning from the embedding model), through the shared fixture.</summary>
public sealed class DeepToneAnalyzerTests
{
    private static IDeepToneAnalyzer Deep => SemanticFixture.Deep;

    [Fact]
    public void TextsOfOneOrTwoWordsAreNeverACrisisByMeaningAlone()
    {
        // The bridge's load tests send "message 0" … "message 499"; the head once held "message 403" as a crisis.
        var held = Enumerable.Range(0, 500).Select(i => $"message {i}").Where(t => Deep.Analyze(t).Crisis.HoldsReply).ToList();

        Assert.Empty(held);
    }

    [Theory]
    [InlineData("we're at the vet, Bella swallowed something", "medical")]
    [InlineData("my car broke down on the motorway and it's getting dark", "danger")]
    [InlineData("I don't really care about anything lately", "self-harm")]
    public void Analyze_CrisisWithoutAlarmWords_HoldsTheReply(string text, string kind)
    {
        var crisis = Deep.Analyze(text).Crisis;

        Assert.True(crisis.HoldsReply);
        Assert.Equal(kind, crisis.Kind);
    }

    [Theory]
    [InlineData("I'm drowning in emails today")]
    [InlineData("this presentation will be the death of me")]
    [InlineData("haha I'm dead 💀 that meme")]
    public void Analyze_Idiom_MeaningDoesNotMakeItACrisis(string text)
    {
        Assert.Equal(CrisisLevel.None, Deep.Analyze(text).Crisis.Level);
    }

    [Fact]
    public void AnalyzeBatch_SameReadingsAsOneByOneInInputOrder()
    {
        string[] texts = ["can you send me the report?", "", "we're engaged!!", "so sorry for your loss"];

        var batch = Deep.AnalyzeBatch(texts);

        Assert.Equal(texts.Length, batch.Count);
        for (var i = 0; i < texts.Length; i++)
        {
            var one = Deep.Analyze(texts[i]);
            Assert.Equal(texts[i], batch[i].Text);
            Assert.Equal(one.Intent, batch[i].Intent);
            Assert.Equal(one.Crisis.Level, batch[i].Crisis.Level);
            Assert.Equal(one.NeedsSupport, batch[i].NeedsSupport);
        }
    }

    [Fact]
    public void Analyze_DeepReading_KeepsEveryRuleFinding()
    {
        const string text = "CALL ME NOW, he hit me";
        var lexical = AnalyzerFixture.Analyzer.Analyze(text);

        var deep = Deep.Analyze(text);

        Assert.True(deep.Crisis.Level >= lexical.Crisis.Level);
        Assert.True(deep.Urgency.Label >= lexical.Urgency.Label);
        Assert.True(deep.NeedsSupport || !lexical.NeedsSupport);
        Assert.All(lexical.Cues, c => Assert.Contains(c, deep.Cues));
    }
}
