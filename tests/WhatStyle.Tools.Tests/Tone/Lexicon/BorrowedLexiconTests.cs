using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone.Lexicon;

/// <summary>Words of es, fr, de and pt that the lexicon lacks, read through the glossary's English.</summary>
public sealed class BorrowedLexiconTests
{
    private static IToneAnalyzer Analyzer => AnalyzerFixture.Analyzer;

    [Theory]
    [InlineData("je me sens trop seul ce soir, personne ne répond", "word:seul")]
    [InlineData("estoy agotada, no puedo más con todo esto", "word:agotada")]
    [InlineData("ich bin so einsam seit dem umzug", "word:einsam")]
    [InlineData("tô me sentindo tão sozinha essa semana", "word:sozinha")]
    public void AForeignDistressWordCountsAsItsEnglish(string text, string cue)
    {
        Assert.Contains(Analyzer.Analyze(text).Cues, c => c.Dimension == "needsSupport" && c.Signal == cue);
    }

    [Fact]
    public void AWordTypedWithoutItsAccentsIsFoundToo()
    {
        Assert.Contains(Analyzer.Analyze("je suis epuisee, vraiment a bout").Cues, c => c.Signal == "word:epuisee");
        Assert.Contains(Analyzer.Analyze("je suis épuisée, vraiment à bout").Cues, c => c.Signal == "word:épuisée");
    }

    [Fact]
    public void AnEnglishMessageIsReadAsBefore()
    {
        // German "Gift" is poison; in an English message it stays a present.
        var reading = Analyzer.Analyze("what a lovely gift, thank you so much!");

        Assert.Equal("en", reading.Language);
        Assert.DoesNotContain(reading.Cues, c => c.Signal.Contains("gift", StringComparison.Ordinal) && c.Weight < 0);
        Assert.Equal(SentimentLabel.Positive, reading.Sentiment.Label);
    }
}
