using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone;

public sealed class ToneAnalyzerTests
{
    private static IToneAnalyzer Analyzer => AnalyzerFixture.Analyzer;

    [Fact]
    public void Analyze_HeyBabeKiss_IsCasualAndAffectionate()
    {
        var analysis = Analyzer.Analyze("hey babe 😘 what's up?");

        AnalyzerFixture.AssertValid(analysis);
        Assert.Equal(FormalityLabel.Casual, analysis.Formality.Label);
        Assert.Equal(Emotion.Love, analysis.Emotion.Label);
        Assert.NotEqual(SentimentLabel.Negative, analysis.Sentiment.Label);
        Assert.Contains(analysis.Emojis, e => e.Text == "😘" && e.Emotion == Emotion.Love);
        Assert.Equal("en", analysis.Language);
    }

    [Fact]
    public void Analyze_GoodMorningStudies_IsFormalCaringAndNotNegative()
    {
        var analysis = Analyzer.Analyze("Good morning. How are your studies going?");

        AnalyzerFixture.AssertValid(analysis);
        Assert.Equal(FormalityLabel.Formal, analysis.Formality.Label);
        Assert.True(analysis.Caring);
        Assert.Contains(analysis.Sentiment.Label, new[] { SentimentLabel.Neutral, SentimentLabel.Positive });
        Assert.True(analysis.Sentiment.Score >= 0);
        Assert.False(analysis.NeedsSupport);
        Assert.Contains(analysis.Cues, c => c.Dimension == "caring" && c.Signal == "phrase:how are your");
    }

    [Fact]
    public void Analyze_FailedExam_IsSadIntenseAndNeedsSupport()
    {
        var analysis = Analyzer.Analyze("failed my exam again 😞 feeling terrible");

        AnalyzerFixture.AssertValid(analysis);
        Assert.Equal(Emotion.Sadness, analysis.Emotion.Label);
        Assert.Equal(SentimentLabel.Negative, analysis.Sentiment.Label);
        Assert.True(analysis.Intensity >= 0.6, $"intensity {analysis.Intensity}");
        Assert.True(analysis.NeedsSupport);
        Assert.Contains(analysis.Cues, c => c.Dimension == "needsSupport" && c.Signal == "emoji:😞");
        Assert.Contains(analysis.Cues, c => c.Dimension == "needsSupport" && c.Signal == "word:terrible");
    }

    [Fact]
    public void Analyze_MissYouWithHeart_IsLove()
    {
        var analysis = Analyzer.Analyze("miss u sooo much ❤️");

        Assert.Equal(Emotion.Love, analysis.Emotion.Label);
        Assert.Contains(analysis.Cues, c => c.Signal == "elongation:sooo");
        Assert.False(analysis.NeedsSupport);
    }

    [Fact]
    public void Analyze_OhGreatAnotherMonday_IsSarcasticAndNegative()
    {
        var analysis = Analyzer.Analyze("Oh great, another Monday 🙄");

        AnalyzerFixture.AssertValid(analysis);
        Assert.True(analysis.Sarcasm.Detected);
        Assert.Equal(SentimentLabel.Negative, analysis.Sentiment.Label);
        Assert.NotEqual(Emotion.Joy, analysis.Emotion.Label);
    }

    [Fact]
    public void Analyze_SincerePraise_IsNotSarcastic()
    {
        var analysis = Analyzer.Analyze("Great job on the presentation today, I'm proud of you!");

        Assert.False(analysis.Sarcasm.Detected);
        Assert.Equal(SentimentLabel.Positive, analysis.Sentiment.Label);
    }

    [Theory]
    [InlineData("How's your day going?")]
    [InlineData("what are you up to tonight?")]
    [InlineData("hey whats up?")]
    [InlineData("What time is dinner?")]
    [InlineData("where are you guys sitting?")]
    public void Analyze_SmallTalkQuestion_IsNotSurprise(string text)
    {
        var analysis = Analyzer.Analyze(text);

        AnalyzerFixture.AssertValid(analysis);
        Assert.Contains(analysis.Emotion.Label, new[] { Emotion.Neutral, Emotion.Joy, Emotion.Love });
        Assert.NotEqual(SentimentLabel.Negative, analysis.Sentiment.Label);
        Assert.Contains(analysis.Cues, c => c.Dimension == "emotion" && c.Signal.StartsWith("question:small talk", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("omg what's up with the new haircut??")]
    [InlineData("can you believe it?")]
    public void Analyze_AstonishedQuestion_KeepsSurprise(string text)
    {
        var analysis = Analyzer.Analyze(text);

        Assert.Equal(Emotion.Surprise, analysis.Emotion.Label);
        Assert.DoesNotContain(analysis.Cues, c => c.Signal.StartsWith("question:small talk", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("CALL ME NOW")]
    [InlineData("Emergency!!")]
    [InlineData("the report deadline is today, send it asap")]
    public void Analyze_UrgentMessages_AreHighUrgency(string text)
    {
        Assert.Equal(UrgencyLevel.High, Analyzer.Analyze(text).Urgency.Label);
    }

    [Fact]
    public void Analyze_RelaxedMessage_IsLowUrgency()
    {
        Assert.Equal(UrgencyLevel.Low, Analyzer.Analyze("we could grab coffee sometime next month").Urgency.Label);
    }

    [Fact]
    public void Analyze_NotHappy_IsNegativeWithNegationCue()
    {
        var plain = Analyzer.Analyze("I am happy about this");
        var negated = Analyzer.Analyze("I am not happy about this");

        Assert.Equal(SentimentLabel.Positive, plain.Sentiment.Label);
        Assert.Equal(SentimentLabel.Negative, negated.Sentiment.Label);
        Assert.Contains(negated.Cues, c => c.Dimension == "sentiment" && c.Signal == "negation:not happy");
    }

    [Fact]
    public void Analyze_NotBad_IsNotNegative()
    {
        Assert.NotEqual(SentimentLabel.Negative, Analyzer.Analyze("honestly not bad at all").Sentiment.Label);
    }

    [Fact]
    public void Analyze_AmplifiersRaiseIntensity()
    {
        var flat = Analyzer.Analyze("that is good").Intensity;

        Assert.True(Analyzer.Analyze("that is sooo good").Intensity > flat, "elongation");
        Assert.True(Analyzer.Analyze("that is GOOD").Intensity > flat, "all caps");
        Assert.True(Analyzer.Analyze("that is really good").Intensity > flat, "intensifier");
        Assert.True(Analyzer.Analyze("that is good!!!").Intensity > flat, "exclamation marks");
        Assert.True(Analyzer.Analyze("that is good?!").Intensity > flat, "interrobang");
    }

    [Fact]
    public void Analyze_PunctuationCues_AreReported()
    {
        var analysis = Analyzer.Analyze("you did WHAT?!");

        Assert.Contains(analysis.Cues, c => c.Signal == "punctuation:?!");
        Assert.Contains(analysis.Cues, c => c.Signal == "caps:WHAT");
    }

    [Fact]
    public void Analyze_LaughingAboutDying_DoesNotNeedSupport()
    {
        Assert.False(Analyzer.Analyze("i'm dead 😂😂 that was hilarious").NeedsSupport);
    }

    [Fact]
    public void Analyze_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Analyzer.Analyze(null!));
    }

    [Fact]
    public void AnalyzeBatch_KeepsInputOrder()
    {
        string[] texts = ["I love you", "I hate this", "ok", ""];

        var results = Analyzer.AnalyzeBatch(texts);

        Assert.Equal(texts, results.Select(r => r.Text));
        Assert.Equal(SentimentLabel.Positive, results[0].Sentiment.Label);
        Assert.Equal(SentimentLabel.Negative, results[1].Sentiment.Label);
    }

    [Fact]
    public void Analyze_ManyThreads_GiveTheSameReadingsAsOne()
    {
        string[] texts = ["hey babe 😘 what's up?", "failed my exam again 😞", "CALL ME NOW", "Oh great, another Monday 🙄", "¿Dónde estás? Te extraño mucho"];
        var expected = texts.Select(t => Analyzer.Analyze(t)).ToArray();
        var results = new ToneAnalysis[texts.Length * 200];

        Parallel.For(0, results.Length, i => results[i] = Analyzer.Analyze(texts[i % texts.Length]));

        for (var i = 0; i < results.Length; i++)
        {
            var want = expected[i % texts.Length];
            Assert.Equal(want.Emotion.Label, results[i].Emotion.Label);
            Assert.Equal(want.Sentiment.Score, results[i].Sentiment.Score);
            Assert.Equal(want.Cues.Count, results[i].Cues.Count);
        }
    }

    [Fact]
    public void Analyze_ShortReplyAfterSadMessage_CarriesSomeOfItsMood()
    {
        var alone = Analyzer.Analyze("yeah");
        var inContext = Analyzer.Analyze("yeah", new ToneContext(PreviousMessages: ["my dog died this morning, I can't stop crying"]));

        Assert.True(inContext.Emotion.Scores[Emotion.Sadness] > alone.Emotion.Scores[Emotion.Sadness]);
        Assert.Contains(inContext.Cues, c => c.Signal == "context:previous message");
    }
}
