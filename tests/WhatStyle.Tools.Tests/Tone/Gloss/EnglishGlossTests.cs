using System.Collections.Frozen;
using WhatStyle.Tools.Tone.Gloss;

namespace WhatStyle.Tools.Tests.Tone.Gloss;

public class EnglishGlossTests
{
    private static readonly EnglishGloss s_small = new(new Dictionary<string, Glossary>
    {
        ["es"] = EnglishGloss.Parse("es", """
            # a comment
            mi	my
            hermana	sister
            no	not
            responde	answers
            tenia	had
            las	the
            pastillas	pills
            ayuda	help
            pues	-
            sangr*	bleeding
            sangre	blood
            """),
    }.ToFrozenDictionary());

    [Fact]
    public void RendersKnownWordsAndKeepsTheRest()
    {
        Assert.Equal("my sister Marta not answers 😭 y had the pills??", s_small.Render("mi hermana Marta no responde 😭 y tenía las pastillas??", "es"));
    }

    [Fact]
    public void FoldsCaseAccentsAndStretchedLetters()
    {
        Assert.Equal("help help!!", s_small.Render("AYUDA ayudaaaa!!", "es"));
        Assert.Equal("had", s_small.Render("TENÍA", "es"));
    }

    [Fact]
    public void ExactWordsWinOverWordStarts()
    {
        Assert.Equal("blood bleeding", s_small.Render("sangre sangrando", "es"));
    }

    [Fact]
    public void DroppedWordsLeaveNoDoubleSpace()
    {
        Assert.Equal("my sister", s_small.Render("mi pues hermana", "es"));
    }

    [Fact]
    public void NothingForOtherLanguagesOrUnknownText()
    {
        Assert.Null(s_small.Render("mi hermana", "en"));
        Assert.Null(s_small.Render("Marta 😭 112", "es"));
        Assert.Null(s_small.Render("", "es"));
    }

    [Fact]
    public void AMalformedLineNamesItsFileAndLine()
    {
        var error = Assert.Throws<FormatException>(() => EnglishGloss.Parse("fr", "merci\tthanks\nbonjour"));
        Assert.Equal("Gloss/fr.tsv line 2: expected 'word<TAB>english'.", error.Message);
    }

    [Theory]
    [InlineData("es", "mi hermana no responde y tenía las pastillas en la mesa", "sister", "pills")]
    [InlineData("pt", "ele pegou meu celular e trancou a porta", "phone", "locked")]
    [InlineData("fr", "j'ai pris tous les cachets", "took", "pills")]
    [InlineData("de", "ich hab alle tabletten genommen", "pills", "taken")]
    public void TheShippedGlossariesReadCrisisWords(string language, string text, string first, string second)
    {
        var rendered = EnglishGloss.Shared.Render(text, language);

        Assert.NotNull(rendered);
        Assert.Contains(first, rendered, StringComparison.Ordinal);
        Assert.Contains(second, rendered, StringComparison.Ordinal);
    }
}
