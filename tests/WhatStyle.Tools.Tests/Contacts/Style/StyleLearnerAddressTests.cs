using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Tools.Tests.Contacts.Style;

/// <summary>How the owner addresses a contact, learned from the owner's own messages to them.</summary>
public sealed class StyleLearnerAddressTests
{
    private static readonly DateTimeOffset T0 = new(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly StyleLearner _learner = new(Options.Create(new StyleOptions { HalfLifeDays = 30 }));

    [Fact]
    public void Observe_OwnerWritesTuToDadInFrench_Familiar()
    {
        var style = Learn("Salut papa, tu vas bien ?", "Je t'appelle demain, bisous", "On arrive vers midi");

        Assert.Equal(AddressForm.Familiar, style.LearnedAddress("fr"));
        Assert.Equal(2, style.Address["fr"].Familiar, 6);
    }

    [Fact]
    public void Observe_OwnerWritesVousToAClient_Polite()
    {
        var style = Learn("Bonjour Madame, je vous envoie le devis aujourd'hui.", "Merci pour votre retour, je reste à votre disposition.");

        Assert.Equal(AddressForm.Polite, style.LearnedAddress("fr"));
    }

    [Fact]
    public void Observe_OneVousAmongTuMessages_StillFamiliar()
    {
        // "Vous venez dimanche ?" to Dad means both parents.
        var style = Learn("Tu as vu le match ?", "Vous venez dimanche ?", "Je te rappelle ce soir");

        Assert.Equal(AddressForm.Familiar, style.LearnedAddress("fr"));
    }

    [Fact]
    public void Observe_SinglePoliteMessage_TooLittleToSay()
    {
        var style = Learn("Merci pour votre message.");

        Assert.Null(style.LearnedAddress("fr"));
    }

    [Fact]
    public void Observe_GermanSieMidSentence_Polite()
    {
        var style = Learn("Vielen Dank, dass Sie sich gemeldet haben.", "Ich schicke Ihnen die Unterlagen morgen.");

        Assert.Equal(AddressForm.Polite, style.LearnedAddress("de"));
    }

    [Fact]
    public void Observe_GermanSieOnlyAtSentenceStartOrLowerCase_NothingLearned()
    {
        var style = Learn("Sie kommt morgen mit dem Zug.", "ich glaube sie hat es vergessen, und ihnen ist es egal.");

        Assert.Null(style.LearnedAddress("de"));
    }

    [Fact]
    public void Observe_SpanishTu_Familiar()
    {
        var style = Learn("¿Qué tal estás, mamá?", "Te llamo luego");

        Assert.Equal(AddressForm.Familiar, style.LearnedAddress("es"));
    }

    [Fact]
    public void Observe_ShortMessageOfNoKnownLanguage_CountsForEveryLanguageWhoseMarkersItHas()
    {
        var style = Learn("tu viens ?");

        Assert.Equal(AddressForm.Familiar, style.Address["fr"].Form);
        Assert.False(style.Address.ContainsKey("de"));
        Assert.Equal(AddressForm.Familiar, style.LearnedAddress("en")); // no English tally: the strongest speaks
    }

    [Fact]
    public void Observe_EnglishMessages_NoAddress()
    {
        var style = Learn("Are you coming on Sunday?", "See you there, take care");

        Assert.Empty(style.Address);
        Assert.Null(style.LearnedAddress("en"));
    }

    [Fact]
    public void Observe_VousLongAgoTuNow_RecentMessagesDecide()
    {
        var state = new StyleAccumulator();
        foreach (var day in Enumerable.Range(0, 6))
        {
            _learner.Observe(state, "Je vous remercie pour votre aide.", T0.AddDays(day));
        }

        _learner.Observe(state, "Merci, tu es adorable", T0.AddDays(200));

        Assert.Equal(AddressForm.Familiar, StyleLearner.Describe(state).LearnedAddress("fr"));
    }

    [Fact]
    public void Clone_CopiesTheAddressCounts()
    {
        var state = new StyleAccumulator();
        _learner.Observe(state, "Tu viens ce soir ?", T0);

        var copy = state.Clone();
        _learner.Observe(state, "Tu as mangé ?", T0);

        Assert.Equal(1, StyleLearner.Describe(copy).Address["fr"].Familiar, 6);
    }

    private StyleFingerprint Learn(params string[] messages)
    {
        var state = new StyleAccumulator();
        foreach (var message in messages)
        {
            _learner.Observe(state, message, T0);
        }

        return StyleLearner.Describe(state);
    }
}
