using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone.Rules;

/// <summary>Crisis phrases in five languages, said outright and indirectly, and the idioms that borrow their words.</summary>
public sealed class CrisisRulesTests
{
    private static IToneAnalyzer Analyzer => AnalyzerFixture.Analyzer;

    [Theory]
    [InlineData("I want to kill myself", "self-harm", CrisisLevel.Likely)]
    [InlineData("quiero morirme, ya no aguanto", "self-harm", CrisisLevel.Likely)]
    [InlineData("j'ai envie de mourir", "self-harm", CrisisLevel.Likely)]
    [InlineData("ich will nicht mehr leben", "self-harm", CrisisLevel.Likely)]
    [InlineData("quero morrer", "self-harm", CrisisLevel.Likely)]
    [InlineData("I don't really care about anything lately", "self-harm", CrisisLevel.Possible)]
    [InlineData("nobody would miss me if I was gone", "self-harm", CrisisLevel.Possible)]
    [InlineData("hat alles keinen Sinn mehr", "self-harm", CrisisLevel.Possible)]
    [InlineData("someone is following me home", "danger", CrisisLevel.Likely)]
    [InlineData("my car broke down on the motorway and it's getting dark", "danger", CrisisLevel.Likely)]
    [InlineData("llama a la policía, hay alguien en casa", "danger", CrisisLevel.Likely)]
    [InlineData("quelqu'un me suit depuis le métro", "danger", CrisisLevel.Likely)]
    [InlineData("alguém está me seguindo", "danger", CrisisLevel.Likely)]
    [InlineData("we're at the vet, Bella swallowed something", "medical", CrisisLevel.Likely)]
    [InlineData("Dad has chest pains, ambulance is coming", "medical", CrisisLevel.Likely)]
    [InlineData("mi madre no puede respirar", "medical", CrisisLevel.Likely)]
    [InlineData("Opa ist bewusstlos", "medical", CrisisLevel.Likely)]
    [InlineData("he hit me again", "abuse", CrisisLevel.Likely)]
    [InlineData("me pegó otra vez", "abuse", CrisisLevel.Likely)]
    [InlineData("il m'a frappée hier", "abuse", CrisisLevel.Likely)]
    [InlineData("ele me bateu", "abuse", CrisisLevel.Likely)]
    [InlineData("his lips are blue and he's not answering me", "medical", CrisisLevel.Likely)]
    [InlineData("she's having a seizure in the kitchen", "medical", CrisisLevel.Likely)]
    [InlineData("the toddler drank bleach", "medical", CrisisLevel.Likely)]
    [InlineData("mi hijo se ha bebido lejía", "medical", CrisisLevel.Likely)]
    [InlineData("meu pai tá com dor no peito", "medical", CrisisLevel.Possible)]
    [InlineData("this is my last message. goodbye", "self-harm", CrisisLevel.Likely)]
    [InlineData("a guy tried to pull me into his car", "danger", CrisisLevel.Likely)]
    [InlineData("er hat mich gewürgt", "abuse", CrisisLevel.Likely)]
    [InlineData("my son swallowed one of those button batteries", "medical", CrisisLevel.Likely)]
    [InlineData("o cachorro comeu veneno de rato", "medical", CrisisLevel.Likely)]
    [InlineData("been stuck in the lift for ages and nobody answers", "danger", CrisisLevel.Possible)]
    [InlineData("huele a gas en toda la casa", "danger", CrisisLevel.Possible)]
    [InlineData("estoy regalando mis cosas, ya no las necesito", "self-harm", CrisisLevel.Possible)]
    [InlineData("ich seh keinen ausweg mehr", "self-harm", CrisisLevel.Possible)]
    [InlineData("je donne toutes mes affaires à ma sœur", "self-harm", CrisisLevel.Possible)]
    [InlineData("er hat mich an den haaren gepackt", "abuse", CrisisLevel.Likely)]
    [InlineData("ele me puxou pelo cabelo", "abuse", CrisisLevel.Likely)]
    [InlineData("I'm 12 weeks pregnant and bleeding", "medical", CrisisLevel.Possible)]
    [InlineData("I've got the pills in front of me", "self-harm", CrisisLevel.Likely)]
    [InlineData("er hat mich wieder geschlagen, ich hab angst", "abuse", CrisisLevel.Likely)]
    [InlineData("mum is really sweaty and says her arm hurts", "medical", CrisisLevel.Possible)]
    [InlineData("il est 2h, mon fils est pas rentré et son portable est éteint", "danger", CrisisLevel.Possible)]
    [InlineData("glaub ich hab eine Überdosis genommen", "medical", CrisisLevel.Likely)]
    public void Analyze_CrisisMessage_ReadsItsKindAndLevelWithCues(string text, string kind, CrisisLevel level)
    {
        var crisis = Analyzer.Analyze(text).Crisis;

        Assert.Equal(level, crisis.Level);
        Assert.Equal(kind, crisis.Kind);
        Assert.True(crisis.HoldsReply);
        Assert.NotEmpty(crisis.Cues);
        Assert.All(crisis.Cues, c => Assert.StartsWith(kind + ":", c, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I'm drowning in emails today")]
    [InlineData("this presentation will be the death of me")]
    [InlineData("my boss nearly gave me a heart attack")]
    [InlineData("these shoes are killing me")]
    [InlineData("you were on fire tonight!")]
    [InlineData("I'm dying to see you")]
    [InlineData("me muero de risa")]
    [InlineData("je meurs de faim")]
    [InlineData("ich sterbe vor Hunger")]
    [InlineData("tô morrendo de rir kkkk")]
    [InlineData("what's the point of this meeting")]
    [InlineData("the car broke down again, need a lift tomorrow?")]
    [InlineData("ce boulot va me tuer 😩")]
    [InlineData("esse trabalho vai me matar")]
    [InlineData("thanks for following me on insta!")]
    [InlineData("my arm is numb from sleeping on it lol")]
    [InlineData("je vais en finir avec ce dossier ce soir")]
    [InlineData("dying of boredom in this lecture")]
    [InlineData("me estoy muriendo de aburrimiento")]
    [InlineData("je meurs d'ennui ici")]
    [InlineData("tô morrendo de tédio")]
    [InlineData("my dog is at the vet for his jabs")]
    [InlineData("we're expecting! I'm pregnant 🥰")]
    [InlineData("can't get up this morning, so tired")]
    [InlineData("I locked the doors, all good")]
    [InlineData("no lo encontramos en la tienda")]
    [InlineData("there's a fly in my drink")]
    [InlineData("we had a bbq in the garden and everyone got drunk")]
    [InlineData("need to get a blood test next week")]
    [InlineData("so confused by this email, can you explain?")]
    [InlineData("going to hospital tomorrow for my check-up, nothing serious")]
    public void Analyze_IdiomOrOrdinaryTrouble_IsNoCrisis(string text)
    {
        var analysis = Analyzer.Analyze(text);

        Assert.Equal(CrisisLevel.None, analysis.Crisis.Level);
        Assert.Null(analysis.Crisis.Kind);
    }

    [Fact]
    public void Analyze_CrisisWordsWithLaughter_AtMostPossible()
    {
        var analysis = Analyzer.Analyze("i want to die 😂😂 that video");

        Assert.Equal(CrisisLevel.Possible, analysis.Crisis.Level);
    }

    [Fact]
    public void Analyze_LikelyDanger_NeedsSupportAndHighUrgency()
    {
        var analysis = Analyzer.Analyze("someone broke in, I'm hiding upstairs");

        Assert.True(analysis.NeedsSupport);
        Assert.Equal(UrgencyLevel.High, analysis.Urgency.Label);
        Assert.Contains(analysis.Cues, c => c.Dimension == "crisis");
    }
}
