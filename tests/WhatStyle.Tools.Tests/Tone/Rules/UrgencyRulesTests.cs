using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone.Rules;

/// <summary>Urgency said without alarm words: a place that closes at an hour, someone locked out or stuck.</summary>
public sealed class UrgencyRulesTests
{
    private static IToneAnalyzer Analyzer => AnalyzerFixture.Analyzer;

    [Theory]
    [InlineData("the pharmacy closes at 7 and i'm stuck in traffic, can u grab my prescription??")]
    [InlineData("la guardería cierra a las 5 y estoy atascada en el tráfico, puedes ir tú?")]
    [InlineData("la poste ferme à 18h et je suis bloqué dans les bouchons, tu peux y passer ?")]
    [InlineData("die Kita macht um 17 Uhr zu und ich steh im Stau, kannst du Mia holen?")]
    [InlineData("a creche fecha às 18h e tô presa no trânsito, consegue buscar o Leo?")]
    public void RacingAClosingHourIsHighUrgency(string text)
    {
        Assert.Equal(UrgencyLevel.High, Analyzer.Analyze(text).Urgency.Label);
    }

    [Fact]
    public void AClosingHourAloneIsNotUrgent()
    {
        // No hour in the message: a shop that closes is news, not a race.
        Assert.Equal(UrgencyLevel.Low, Analyzer.Analyze("did you hear the bakery on our street is closing down?").Urgency.Label);
    }

    [Fact]
    public void LockedOutAsksForHelpSoon()
    {
        Assert.NotEqual(UrgencyLevel.Low, Analyzer.Analyze("locked out and it's raining, do you still have my spare key?").Urgency.Label);
    }
}
