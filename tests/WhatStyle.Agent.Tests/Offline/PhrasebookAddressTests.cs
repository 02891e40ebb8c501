using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Agent.Tests.Offline;

/// <summary>
/// Each phrasing says "you" one way only: a familiar phrasing (formal for a father, casual, warm) has no vous or Sie, a
/// polite one no tu or du; read with the markers the style learner reads the owner's messages with.
/// </summary>
public sealed class PhrasebookAddressTests
{
    public static TheoryData<string> Languages() => new("fr", "es", "de", "pt");

    [Theory]
    [MemberData(nameof(Languages))]
    public void Phrasebook_EveryFamiliarPhrasing_HasNoPoliteMarker(string language)
    {
        var book = TestPrompts.Phrasebooks.Get(language);

        var mixed = Phrasings(book, AddressForm.Familiar).Where(p => AddressMarkers.Find(p, language).Polite).ToList();

        Assert.Empty(mixed);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Phrasebook_EveryPolitePhrasing_HasNoFamiliarMarker(string language)
    {
        var book = TestPrompts.Phrasebooks.Get(language);

        var mixed = Phrasings(book, AddressForm.Polite).Where(p => AddressMarkers.Find(p, language).Familiar).ToList();

        Assert.Empty(mixed);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Phrasebook_EveryIntent_HasItsOwnFormalAndPolitePhrasings(string language)
    {
        var book = TestPrompts.Phrasebooks.Get(language);

        foreach (var intent in Enum.GetValues<OfflineIntent>())
        {
            var byVoice = book.Replies[Phrasebook.Key(intent)];
            Assert.NotEmpty(byVoice["formal"]);
            Assert.NotEmpty(byVoice["polite"]);
        }

        Assert.NotNull(book.Address);
    }

    [Fact]
    public void PhrasingsFor_EnglishPolite_TheFormalPhrasings()
    {
        var book = TestPrompts.Phrasebooks.Get("en");

        Assert.Null(book.Address);
        Assert.Equal(book.PhrasingsFor(OfflineIntent.Greeting, Register.Formal), book.PhrasingsFor(OfflineIntent.Greeting, Register.Formal, AddressForm.Polite));
    }

    [Fact]
    public void PhrasingsFor_PoliteInACasualRegister_ThePolitePhrasings()
    {
        // No casual phrasing says vous: someone addressed politely gets the polite ones whatever the register.
        var book = TestPrompts.Phrasebooks.Get("fr");

        Assert.Equal(book.Replies["thanks"]["polite"], book.PhrasingsFor(OfflineIntent.Thanks, Register.Casual, AddressForm.Polite));
    }

    [Fact]
    public void HelloFor_GermanPolite_GutenTag_FrenchPoliteFallsBackToFormal()
    {
        Assert.Equal("Guten Tag", TestPrompts.Phrasebooks.Get("de").HelloFor(Register.Formal, AddressForm.Polite));
        Assert.Equal("Hallo", TestPrompts.Phrasebooks.Get("de").HelloFor(Register.Formal));
        Assert.Equal("Bonjour", TestPrompts.Phrasebooks.Get("fr").HelloFor(Register.Formal, AddressForm.Polite));
    }

    private static IEnumerable<string> Phrasings(Phrasebook book, AddressForm address) =>
        Enum.GetValues<OfflineIntent>().SelectMany(intent => Enum.GetValues<Register>().SelectMany(register => book.PhrasingsFor(intent, register, address)
            .Select(p => p.Replace("{hello}", book.HelloFor(register, address), StringComparison.Ordinal))
            .Select(p => $"{intent}/{register}: {p}")));
}
