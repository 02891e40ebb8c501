using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone.Rules;

/// <summary>Every intent, in the five languages, and the writer's own distress told apart from comfort and apology.</summary>
public sealed class IntentRulesTests
{
    private static IToneAnalyzer Analyzer => AnalyzerFixture.Analyzer;

    [Theory]
    [InlineData("what time does the film start?", MessageIntent.Question)]
    [InlineData("¿a qué hora empieza la peli?", MessageIntent.Question)]
    [InlineData("can you send me the report by 5pm?", MessageIntent.Request)]
    [InlineData("kannst du mir bitte die Datei schicken", MessageIntent.Request)]
    [InlineData("pode me mandar o arquivo?", MessageIntent.Request)]
    [InlineData("tell me what Dad said", MessageIntent.Request)]
    [InlineData("call me back when you're free", MessageIntent.Request)]
    [InlineData("dime qué te dijo el médico", MessageIntent.Request)]
    [InlineData("rappelle-moi quand tu peux", MessageIntent.Request)]
    [InlineData("me liga quando sair do trabalho", MessageIntent.Request)]
    [InlineData("ugh tell me about it", MessageIntent.ChitChat)]
    [InlineData("lmk when you're free", MessageIntent.Request)]
    [InlineData("pásame la foto cuando puedas", MessageIntent.Request)]
    [InlineData("did you ever finish that book", MessageIntent.Question)]
    [InlineData("tu as raison", MessageIntent.ChitChat)]
    [InlineData("guess who passed the driving test 😎", MessageIntent.GoodNews)]
    [InlineData("ich hab den Job 🎉", MessageIntent.GoodNews)]
    [InlineData("you absolutely killed it at the wedding", MessageIntent.Praise)]
    [InlineData("We'd love to have you over for lunch", MessageIntent.Invitation)]
    [InlineData("À lundi, bon week-end.", MessageIntent.Farewell)]
    [InlineData("hablamos luego!", MessageIntent.Farewell)]
    [InlineData("I didn't get the promotion", MessageIntent.BadNews)]
    [InlineData("no aprobé el examen", MessageIntent.BadNews)]
    [InlineData("não passei na prova", MessageIntent.BadNews)]
    [InlineData("ich habe nicht bestanden", MessageIntent.BadNews)]
    [InlineData("No way, I got the job!!", MessageIntent.GoodNews)]
    [InlineData("can't believe I got the job!! 🎉", MessageIntent.GoodNews)]
    [InlineData("wanna come to the bbq on sunday?", MessageIntent.Invitation)]
    [InlineData("tu veux venir dîner samedi ?", MessageIntent.Invitation)]
    [InlineData("I got the job!!", MessageIntent.GoodNews)]
    [InlineData("ich habe bestanden!!", MessageIntent.GoodNews)]
    [InlineData("my grandma passed away last night", MessageIntent.BadNews)]
    [InlineData("me despidieron hoy", MessageIntent.BadNews)]
    [InlineData("great job on the presentation", MessageIntent.Praise)]
    [InlineData("bom trabalho, mandou bem", MessageIntent.Praise)]
    [InlineData("thanks for the lift!", MessageIntent.Thanks)]
    [InlineData("merci pour tout", MessageIntent.Thanks)]
    [InlineData("sorry I missed your call", MessageIntent.Apology)]
    [InlineData("tut mir leid wegen gestern", MessageIntent.Apology)]
    [InlineData("so sorry for your loss", MessageIntent.Condolence)]
    [InlineData("mi más sentido pésame", MessageIntent.Condolence)]
    [InlineData("hey!", MessageIntent.Greeting)]
    [InlineData("bom dia", MessageIntent.Greeting)]
    [InlineData("night night, sleep well", MessageIntent.Farewell)]
    [InlineData("bis später!", MessageIntent.Farewell)]
    [InlineData("the cat knocked my coffee over again", MessageIntent.ChitChat)]
    public void Analyze_Message_ReadsItsIntent(string text, MessageIntent expected)
    {
        var analysis = Analyzer.Analyze(text);

        Assert.Equal(expected, analysis.Intent);
        if (expected != MessageIntent.ChitChat)
        {
            Assert.Contains(analysis.Cues, c => c.Dimension == "intent");
        }
    }

    [Theory]
    [InlineData("so sorry for your loss, it's so sad, thinking of you")]
    [InlineData("I'm so sorry I upset you yesterday, I feel terrible")]
    public void Analyze_ComfortOrApologyToTheReader_IsNotTheWritersDistress(string text)
    {
        Assert.False(Analyzer.Analyze(text).NeedsSupport);
    }

    [Theory]
    [InlineData("my grandma passed away last night, I can't stop crying")]
    [InlineData("feeling so lonely lately, I just sit in my room")]
    public void Analyze_WritersOwnDistress_NeedsSupport(string text)
    {
        Assert.True(Analyzer.Analyze(text).NeedsSupport);
    }

    [Theory]
    [InlineData("can you send me the slides by tomorrow?")]
    [InlineData("me lo mandas para mañana?")]
    public void Analyze_RequestWithDeadline_AtLeastMediumUrgency(string text)
    {
        Assert.NotEqual(UrgencyLevel.Low, Analyzer.Analyze(text).Urgency.Label);
    }
}
