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
    [InlineData("i'm going to jump off the roof tonight", "self-harm", CrisisLevel.Likely)]
    [InlineData("i've got a rope. nobody cares anyway", "self-harm", CrisisLevel.Possible)]
    [InlineData("im on the bridge. just wanted to hear from someone one last time", "self-harm", CrisisLevel.Possible)]
    [InlineData("please tell my sister i loved her", "self-harm", CrisisLevel.Possible)]
    [InlineData("dile a mi hermana que la quiero. una última vez", "self-harm", CrisisLevel.Possible)]
    [InlineData("sur le pont. dis à ma mère que je l'aimais", "self-harm", CrisisLevel.Possible)]
    [InlineData("tenho uma corda aqui. não aguento mais", "self-harm", CrisisLevel.Possible)]
    [InlineData("he said if i tell anyone he'll kill me", "abuse", CrisisLevel.Possible)]
    [InlineData("there was a crash, the car flipped", "danger", CrisisLevel.Likely)]
    [InlineData("sofremos um acidente, tem um ferido", "danger", CrisisLevel.Possible)]
    [InlineData("worst headache of my life, can't see properly", "medical", CrisisLevel.Possible)]
    [InlineData("someone got stabbed outside the club, we're hiding in the toilets", "danger", CrisisLevel.Likely)]
    [InlineData("there's a shooting at the mall, we're in a storeroom", "danger", CrisisLevel.Likely)]
    [InlineData("the house is flooding, water is coming in", "danger", CrisisLevel.Likely)]
    [InlineData("le dispararon a mi primo", "danger", CrisisLevel.Likely)]
    [InlineData("ouvi tiros aqui perto, tô com medo", "danger", CrisisLevel.Likely)]
    [InlineData("i think he raped me last night", "abuse", CrisisLevel.Likely)]
    [InlineData("fui estuprada ontem na festa", "abuse", CrisisLevel.Likely)]
    [InlineData("found him hanging in the garage", "self-harm", CrisisLevel.Likely)]
    [InlineData("my son was bitten by a snake on the hike", "medical", CrisisLevel.Likely)]
    [InlineData("dad's face is numb on one side and he's not making sense", "medical", CrisisLevel.Likely)]
    [InlineData("my brother just told me he wants to kill himself", "self-harm", CrisisLevel.Likely)]
    [InlineData("mi amigo dice que se quiere matar", "self-harm", CrisisLevel.Likely)]
    [InlineData("mum has dementia and she's gone missing", "danger", CrisisLevel.Possible)]
    [InlineData("mi abuela ha desaparecido y no contesta el móvil", "danger", CrisisLevel.Possible)]
    [InlineData("the carbon monoxide alarm is going off and we feel dizzy", "danger", CrisisLevel.Likely)]
    [InlineData("my ex is stalking me", "danger", CrisisLevel.Possible)]
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
    [InlineData("my grandad passed away, i loved him so much 😢")]
    [InlineData("visited grandma's house one last time before they sold it 😢")]
    [InlineData("i'm done, this week has been awful 😭")]
    [InlineData("stuck on the bridge in traffic, running 10 min late")]
    [InlineData("we bought a rope for the boat")]
    [InlineData("sorry for everything last night, I was so drunk")]
    [InlineData("i'm going to jump in the shower")]
    [InlineData("me voy a tirar en el sofá un rato")]
    [InlineData("ich spring gleich unter die dusche")]
    [InlineData("my best friend stabbed me in the back")]
    [InlineData("i shot my shot and got shot down lol")]
    [InlineData("we're shooting a video at the park later")]
    [InlineData("the film was shot in Spain")]
    [InlineData("finally got shot of that old sofa")]
    [InlineData("pour the boiling water on the pasta")]
    [InlineData("on a tiré au sort pour les chambres")]
    [InlineData("j'ai enlevé mes chaussures")]
    [InlineData("your text is not making sense lol")]
    [InlineData("a conta do restaurante foi uma facada")]
    [InlineData("he'll kill himself laughing when he sees this")]
    [InlineData("the meeting notes have gone missing again")]
    [InlineData("my wallet ha desaparecido jaja")]
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
