using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Tone.Rules;

/// <summary>
/// Crises told in word orders no phrase list holds, found by their parts (<c>CrisisFrames</c>), and ordinary chat that
/// shares one part but not the situation.
/// </summary>
public sealed class CrisisFramesTests
{
    private static IToneAnalyzer Analyzer => AnalyzerFixture.Analyzer;

    [Theory]
    [InlineData("took the whole strip of my mums sleeping tablets", "self-harm", "frame:overdose")]
    [InlineData("me tragué todas las pastillas de la caja", "self-harm", "frame:overdose")]
    [InlineData("j'ai avalé tous les comprimés de la plaquette", "self-harm", "frame:overdose of a whole pack")]
    [InlineData("hab die ganze packung schmerztabletten geschluckt", "self-harm", "frame:overdose")]
    [InlineData("engoli todos os comprimidos que tinha", "self-harm", "frame:overdose")]
    [InlineData("standing on the roof of the car park. just wanted to say goodbye", "self-harm", "frame:high place+goodbye")]
    [InlineData("there's a man with a knife downstairs, we're hiding in the bathroom", "danger", "frame:weapon+hiding")]
    [InlineData("un tipo con una navaja, estamos escondidos en el baño", "danger", "frame:weapon+hiding")]
    [InlineData("the kitchen is full of smoke and we're trapped upstairs", "danger", "frame:fire+trapped")]
    [InlineData("il y a de la fumée dans l'escalier de l'immeuble", "danger", "frame:fire+home")]
    [InlineData("das wasser steigt und kommt schon in den keller", "danger", "frame:water rising")]
    [InlineData("um cara tá me seguindo desde o metrô", "danger", "frame:followed by a stranger")]
    [InlineData("my lips are swollen and it's getting hard to swallow", "medical", "frame:swollen throat+breathing")]
    [InlineData("a wasp stung him and his whole hand is swelling up", "medical", "frame:bite+swelling")]
    [InlineData("mi padre dice que no siente el brazo izquierdo", "medical", "frame:numb limb")]
    [InlineData("sie ist zusammengebrochen und atmet komisch", "medical", "frame:unresponsive+breathing")]
    [InlineData("il m'a poussée dans les escaliers hier soir", "abuse", "frame:hurt against something")]
    [InlineData("ele quebrou meu celular e me empurrou", "abuse", "frame:took my things+hurt")]
    [InlineData("ella tiene moratones y no explica nada", "abuse", "frame:bruises unexplained")]
    [InlineData("er hat einen abschiedsbrief geschrieben und geht nicht ran", "self-harm", "frame:goodbye+not answering")]
    [InlineData("we got lost on the ridge and it's getting dark", "danger", "frame:lost+dark")]
    public void APossibleCrisisToldByItsParts(string text, string kind, string cue)
    {
        var crisis = Analyzer.Analyze(text).Crisis;

        Assert.NotEqual(CrisisLevel.None, crisis.Level);
        Assert.Equal(kind, crisis.Kind);
        Assert.Contains(Analyzer.Analyze(text).Cues, c => c.Signal == cue);
    }

    [Theory]
    [InlineData("took all my vitamins this morning, feeling healthy")]
    [InlineData("followed me on insta yesterday lol")]
    [InlineData("the fire alarm in our building went off again at 3am")]
    [InlineData("that guy in the film had a gun the whole time, what a twist")]
    [InlineData("sitting by the fireplace in the flat, so cozy")]
    [InlineData("he threw the ball against the wall and broke a vase lol")]
    [InlineData("my arm is so sore after the gym")]
    [InlineData("perdimos el tren pero ya estamos en casa")]
    [InlineData("j'ai pris tous les billets pour le concert !")]
    [InlineData("ich hab alle Folien fertig, danke dir")]
    public void OrdinaryChatWithOnePartIsNoCrisis(string text)
    {
        Assert.Equal(CrisisLevel.None, Analyzer.Analyze(text).Crisis.Level);
    }

    [Theory]
    [InlineData("my dad collapsed in the kitchen and isn't breathing right")]
    [InlineData("se desplomó mi abuela y respira raro")]
    public void ACrisisToldAsNewsIsBadNewsNotChitChat(string text)
    {
        var reading = Analyzer.Analyze(text);

        Assert.NotEqual(CrisisLevel.None, reading.Crisis.Level);
        Assert.Equal(MessageIntent.BadNews, reading.Intent);
    }

    [Fact]
    public void ACrisisAskedAsAQuestionKeepsItsQuestion()
    {
        Assert.Equal(MessageIntent.Question, Analyzer.Analyze("my lips are swelling up after the peanuts, what do i do?").Intent);
    }

    [Fact]
    public void EveryConceptFitsTheFramesBitMask()
    {
        // A frame is a 64-bit set of concepts; a 65th concept would wrap onto the first and match the wrong frames.
        Assert.InRange(Enum.GetValues<WhatStyle.Tools.Tone.Rules.CrisisConcept>().Length, 1, 64);
    }

    [Fact]
    public void AFrameWordInsideAnIdiomDoesNotCount()
    {
        // "stabbed me in the back" is an idiom; its "stabbed" must not join "hiding" into a crisis.
        Assert.Equal(CrisisLevel.None, Analyzer.Analyze("she stabbed me in the back so now im hiding from her at parties haha").Crisis.Level);
    }

    [Fact]
    public void PartsFarApartInALongMessageAreNoFrame()
    {
        var text = "took the dog out this morning and then we all went to the market, bought bread, cheese, apples, " +
            "talked to the neighbours about the weather and the new bakery, and later i remembered my pills";
        Assert.DoesNotContain(Analyzer.Analyze(text).Cues, c => c.Signal.StartsWith("frame:", StringComparison.Ordinal));
    }
}
