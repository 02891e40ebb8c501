using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Tools.Tests.Contacts.Style;

public sealed class AddressMarkersTests
{
    [Theory]
    [InlineData("fr", "Tu viens dimanche ?")]
    [InlineData("fr", "Je t'appelle ce soir")]
    [InlineData("fr", "C'est pour toi, avec ta sœur")]
    [InlineData("es", "¿Cómo estás?")]
    [InlineData("es", "Dime cuando llegues")]
    [InlineData("es", "Esto es para ti")]
    [InlineData("de", "Wie geht es dir?")]
    [InlineData("de", "Wie geht es euch?")]
    [InlineData("pt", "Você vem amanhã?")]
    [InlineData("pt", "Te ligo depois")]
    public void Find_FamiliarWords_Familiar(string language, string text)
    {
        Assert.Equal(new AddressMarks(Familiar: true, Polite: false), AddressMarkers.Find(text, language));
    }

    [Theory]
    [InlineData("fr", "Comment allez-vous ?")]
    [InlineData("fr", "Merci pour votre message")]
    [InlineData("es", "¿Cómo está usted?")]
    [InlineData("es", "Dígame si necesita algo")]
    [InlineData("de", "Vielen Dank, dass Sie sich gemeldet haben.")]
    [InlineData("de", "Ich schicke Ihnen die Unterlagen")]
    [InlineData("de", "Danke für Ihre Nachricht")]
    [InlineData("pt", "Como está o senhor?")]
    [InlineData("pt", "Obrigado, a senhora é muito gentil")]
    public void Find_PoliteWords_Polite(string language, string text)
    {
        Assert.Equal(new AddressMarks(Familiar: false, Polite: true), AddressMarkers.Find(text, language));
    }

    [Theory]
    [InlineData("Sie kommt morgen.")]
    [InlineData("Ok. Sie hat angerufen")]
    [InlineData("Hast du gehört? Sie kommen später")]
    public void Find_GermanSieStartingASentence_NotPolite(string text)
    {
        Assert.False(AddressMarkers.Find(text, "de").Polite);
    }

    [Theory]
    [InlineData("ich glaube, sie kommt morgen")]
    [InlineData("ich habe ihnen gesagt, dass ihr Zug spät ist")]
    public void Find_GermanLowerCaseSie_NotPolite(string text)
    {
        Assert.False(AddressMarkers.Find(text, "de").Polite);
    }

    [Fact]
    public void Find_GermanSieInsideASentence_Polite()
    {
        Assert.True(AddressMarkers.Find("Danke, dass Sie kommen", "de").Polite);
    }

    [Theory]
    [InlineData("es", "Le dije que su coche estaba listo")]
    [InlineData("es", "¿Vienen ustedes?")]
    [InlineData("pt", "Nossa Senhora, que susto")]
    [InlineData("pt", "Vocês vêm amanhã?")]
    [InlineData("fr", "Il fait beau aujourd'hui")]
    public void Find_WordsThatDoNotTell_Nothing(string language, string text)
    {
        Assert.Equal(default, AddressMarkers.Find(text, language));
    }

    [Fact]
    public void Find_FrenchDuInAGermanList_OnlyReadAsGerman()
    {
        Assert.Equal(default, AddressMarkers.Find("Je prends du pain", "fr"));
        Assert.Equal(default, AddressMarkers.Find("Do you want some?", "en"));
    }

    [Fact]
    public void Find_BothForms_BothMarked()
    {
        Assert.Equal(new AddressMarks(true, true), AddressMarkers.Find("Tu viens ? Vous venez tous les deux ?", "fr"));
    }
}
