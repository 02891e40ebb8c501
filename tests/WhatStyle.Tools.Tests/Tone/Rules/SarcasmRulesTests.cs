using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone.Rules;

/// <summary>Sarcasm on chat messages written for these tests: ordinary kind messages, including mixed ones, must not
/// be flagged (a false flag turns a thank-you into a complaint); clear sarcasm must be.</summary>
public sealed class SarcasmRulesTests
{
    private static IToneAnalyzer Analyzer => AnalyzerFixture.Analyzer;

    [Theory]
    [InlineData("thanks, great!")]
    [InlineData("love you")]
    [InlineData("that's awesome news!")]
    [InlineData("Thanks so much for dinner last night, we had a great time")]
    [InlineData("so glad you made it home safe, the traffic was awful")]
    [InlineData("love you, sorry I'm late")]
    [InlineData("Great news about the job! Sorry about the traffic though")]
    [InlineData("Happy birthday!! Hope you have an amazing day 🎉")]
    [InlineData("congrats!! you deserved it after all that hard work")]
    [InlineData("thank you for waiting, I'm almost there")]
    [InlineData("perfect, see you at 8")]
    [InlineData("Sorry you're sick, hope you feel better soon ❤️")]
    [InlineData("great game last night even though we lost")]
    [InlineData("the party was so much fun, thanks for inviting me")]
    [InlineData("the meeting went great actually, they loved the proposal")]
    [InlineData("love working with you guys")]
    [InlineData("work was long but the team was great")]
    [InlineData("I'm so glad the exam is over")]
    [InlineData("yay the rain finally stopped")]
    [InlineData("thanks a lot for your help today")]
    [InlineData("Can't wait for the holidays, been working so hard")]
    [InlineData("great, thanks for waiting for me")]
    [InlineData("I love how you always know what to say")]
    [InlineData("good morning sunshine ☀️ have a great day at work")]
    [InlineData("Great job on the presentation today, I'm proud of you!")]
    [InlineData("yay pizza and movie night tonight")]
    [InlineData("don't you just love hanging out with you guys")]
    [InlineData("woohoo no more exams!")]
    [InlineData("so sorry they cancelled your flight, hope you get home soon")]
    [InlineData("that's exactly what I wanted for my birthday, thank you!!")]
    public void Analyze_SincereChat_IsNotSarcastic(string text)
    {
        var analysis = Analyzer.Analyze(text);

        Assert.False(analysis.Sarcasm.Detected, $"score {analysis.Sarcasm.Score}: {string.Join(", ", analysis.Cues.Where(c => c.Dimension == "sarcasm").Select(c => c.Signal))}");
    }

    [Theory]
    [InlineData("Oh great, another Monday 🙄")]
    [InlineData("yeah right, like that's gonna happen")]
    [InlineData("I just love being ignored")]
    [InlineData("Wow, thanks for nothing")]
    [InlineData("Perfect, my train is delayed again")]
    [InlineData("Great, just what I needed, a flat tyre")]
    [InlineData("I love waking up at 5am for work")]
    [InlineData("So glad I spent three hours stuck in traffic")]
    [InlineData("thanks a lot for eating my leftovers 🙄")]
    [InlineData("can't wait to spend my whole weekend doing taxes")]
    [InlineData("Nothing like being stuck in traffic on a Friday night")]
    [InlineData("Love how nobody answers the group chat")]
    [InlineData("I just love it when my phone dies at 2%")]
    [InlineData("Best day ever. Got fired and my car got towed")]
    [InlineData("sure, because that always works 🙄")]
    [InlineData("sure, because that's exactly what I wanted")]
    [InlineData("thanks so much for cancelling last minute 🙄")]
    [InlineData("yay more homework")]
    [InlineData("nice of you to finally reply")]
    [InlineData("cool cool cool, nobody told me the plans changed")]
    public void Analyze_ClearSarcasm_IsDetectedAndNegative(string text)
    {
        var analysis = Analyzer.Analyze(text);

        Assert.True(analysis.Sarcasm.Detected, $"score {analysis.Sarcasm.Score}");
        Assert.Equal(SentimentLabel.Negative, analysis.Sentiment.Label);
        Assert.Contains(analysis.Cues, c => c.Dimension == "sarcasm");
    }

    [Fact]
    public void Analyze_PraiseAimedAtSomethingElseInAnotherSentence_IsOnlyAWeakContrast()
    {
        var analysis = Analyzer.Analyze("I had a great lunch. The traffic on the way back was terrible though.");

        Assert.False(analysis.Sarcasm.Detected);
        Assert.Contains(analysis.Cues, c => c.Dimension == "sarcasm" && c.Signal.StartsWith("contrast (weak", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_SarcasmHashtag_IsDetected()
    {
        var analysis = Analyzer.Analyze("sitting in a meeting for 4 hours #not");

        Assert.True(analysis.Sarcasm.Detected);
        Assert.Contains(analysis.Cues, c => c.Signal == "hashtag:#not");
    }

    [Fact]
    public void Analyze_PraiseHashtagOnAComplaint_IsDetected()
    {
        var analysis = Analyzer.Analyze("car broke down on the motorway #blessed");

        Assert.True(analysis.Sarcasm.Detected);
    }
}
