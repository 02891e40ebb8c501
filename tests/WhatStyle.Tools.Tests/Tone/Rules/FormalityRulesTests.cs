using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone.Rules;

/// <summary>Formality on chat messages written for these tests, long and short: the weights were tuned on Pavlick's
/// edited sentences, and these check they still read chat the way a person would.</summary>
public sealed class FormalityRulesTests
{
    private static IToneAnalyzer Analyzer => AnalyzerFixture.Analyzer;

    [Theory]
    [InlineData("hey babe 😘 what's up?")]
    [InlineData("lol no way")]
    [InlineData("omw be there in 10")]
    [InlineData("hey so i was thinking maybe we could go to the beach tomorrow if the weather is nice, what do you think? my mom said she can drive us")]
    [InlineData("I'm so tired today, work was insane and my boss kept asking me to redo the same report over and over again")]
    [InlineData("Did you end up going to the party on Saturday or did you stay home in the end")]
    [InlineData("Yeah I think we should just order pizza tonight, I really can't be bothered to cook after the day I've had")]
    [InlineData("We went to that new Italian place near the station and the pasta was amazing, you have to try it")]
    [InlineData("Sounds good to me! See you at 8")]
    [InlineData("thank you for the pizza babe 😘")]
    [InlineData("can you let us know when you're here? we're at the bar lol")]
    public void Analyze_CasualChat_IsCasual(string text)
    {
        Assert.Equal(FormalityLabel.Casual, Analyzer.Analyze(text).Formality.Label);
    }

    [Theory]
    [InlineData("Good morning. How are your studies going?")]
    [InlineData("Dear Mr. Smith, thank you for your prompt reply.")]
    [InlineData("Kind regards, Maria")]
    [InlineData("Please find attached the revised proposal for your consideration.")]
    [InlineData("The meeting has been rescheduled to Thursday at 10 a.m.")]
    [InlineData("I would be grateful if you could confirm your attendance by Friday.")]
    [InlineData("Unfortunately, the order cannot be delivered before the end of the month.")]
    [InlineData("Your appointment is confirmed for Monday, 14 March, at 9:30.")]
    [InlineData("Thank you for your patience while we review your application.")]
    [InlineData("Please let us know if you have any questions.")]
    public void Analyze_FormalMessages_AreFormal(string text)
    {
        Assert.Equal(FormalityLabel.Formal, Analyzer.Analyze(text).Formality.Label);
    }

    [Fact]
    public void Analyze_SpokenOpenerAndEllipsis_AreCasualCues()
    {
        var analysis = Analyzer.Analyze("so anyway... the thing is broken");

        Assert.Contains(analysis.Cues, c => c.Dimension == "formality" && c.Signal == "word:opens with 'so'" && c.Weight < 0);
        Assert.Contains(analysis.Cues, c => c.Dimension == "formality" && c.Signal == "punctuation:..." && c.Weight < 0);
    }

    [Fact]
    public void Analyze_PoliteFormula_IsAFormalCue()
    {
        var analysis = Analyzer.Analyze("Thank you for your patience while we review your application.");

        Assert.Contains(analysis.Cues, c => c.Dimension == "formality" && c.Signal.EndsWith("(polite formula)", StringComparison.Ordinal) && c.Weight > 0);
    }
}
