using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone;

public sealed class BadInputTests
{
    private static IToneAnalyzer Analyzer => AnalyzerFixture.Analyzer;

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    public void Analyze_EmptyOrWhitespace_IsNeutralReading(string text)
    {
        var analysis = Analyzer.Analyze(text);

        AnalyzerFixture.AssertValid(analysis);
        Assert.Equal(Emotion.Neutral, analysis.Emotion.Label);
        Assert.Equal(SentimentLabel.Neutral, analysis.Sentiment.Label);
        Assert.Equal("und", analysis.Language);
        Assert.Empty(analysis.Emojis);
    }

    [Fact]
    public void Analyze_100KilobytesOfText_IsValidWithBoundedCues()
    {
        var text = string.Concat(Enumerable.Repeat("I am so happy today!!! 😀 but also tired. ", 2_600));
        Assert.True(text.Length > 100_000);

        var analysis = Analyzer.Analyze(text);

        AnalyzerFixture.AssertValid(analysis);
        Assert.Same(text, analysis.Text);
        Assert.True(analysis.Cues.Count <= 40);
        Assert.True(analysis.Emojis.Count <= 64);
    }

    [Theory]
    [InlineData("broken \uD83D surrogate")]
    [InlineData("\uDE00 trailing half first")]
    [InlineData("ends with a high half \uD83D")]
    public void Analyze_LoneSurrogates_IsValid(string text)
    {
        AnalyzerFixture.AssertValid(Analyzer.Analyze(text));
    }

    [Fact]
    public void Analyze_ControlCharacters_AreIgnored()
    {
        var analysis = Analyzer.Analyze("I\u0000 love\u0007 this\u001B[31m so much\u0008");

        AnalyzerFixture.AssertValid(analysis);
        Assert.Equal(SentimentLabel.Positive, analysis.Sentiment.Label);
    }

    [Theory]
    [InlineData("😂😂😂", Emotion.Joy)]
    [InlineData("😭", Emotion.Sadness)]
    [InlineData("❤️❤️", Emotion.Love)]
    [InlineData("😡", Emotion.Anger)]
    public void Analyze_OnlyEmoji_ReadsTheEmoji(string text, Emotion expected)
    {
        var analysis = Analyzer.Analyze(text);

        AnalyzerFixture.AssertValid(analysis);
        Assert.Equal(expected, analysis.Emotion.Label);
        Assert.Equal(FormalityLabel.Casual, analysis.Formality.Label);
        Assert.NotEmpty(analysis.Emojis);
    }

    [Theory]
    [InlineData("مرحبا، كيف حالك اليوم؟", "ar")]
    [InlineData("שלום, מה שלומך היום?", "he")]
    [InlineData("\u202Eolleh\u202C \u200Fمرحبا يا صديقي\u200F", "ar")]
    public void Analyze_RightToLeftScripts_AreValidAndDetected(string text, string language)
    {
        var analysis = Analyzer.Analyze(text);

        AnalyzerFixture.AssertValid(analysis);
        Assert.Equal(language, analysis.Language);
    }

    [Fact]
    public void Analyze_OnlyPunctuationAndSymbols_IsValid()
    {
        AnalyzerFixture.AssertValid(Analyzer.Analyze("?!?!... ### *** @@@ ~~~ \u200B\uFEFF"));
    }

    [Fact]
    public void AnalyzeBatch_NullList_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Analyzer.AnalyzeBatch(null!));
    }
}
