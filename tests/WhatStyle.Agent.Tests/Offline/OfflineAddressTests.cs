using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Style;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Agent.Tests.Offline;

/// <summary>
/// Respectful is not polite: a father gets tu, du, tú in the formal register, a client or a boss vous, Sie, usted, and
/// a reply never says "you" both ways.
/// </summary>
public sealed class OfflineAddressTests
{
    private readonly IOfflineResponder _responder = TestPrompts.Offline();

    [Fact]
    public void Respond_FrenchFatherLearnedFamiliar_RespectfulWithTu()
    {
        var father = TestProfiles.Make("Papa", Relationship.Parent, EmojiPolicy.None, "Papa", style: Learned("fr", familiar: 6, polite: 0));

        var reply = Respond("Bonjour, comment vas-tu ?", father, "fr");

        Assert.Equal(OfflineIntent.HowAreYou, reply.Intent);
        Assert.Equal(Register.Formal, reply.Register);
        Assert.Equal(AddressForm.Familiar, reply.Address);
        Assert.Equal(new AddressMarks(Familiar: true, Polite: false), AddressMarkers.Find(reply.Text, "fr"));
    }

    [Fact]
    public void Respond_FrenchClient_Vous()
    {
        var client = TestProfiles.Make("Madame Laurent", Relationship.Client, language: "fr");

        var reply = Respond("Bonjour, comment allez-vous ?", client, "fr");

        Assert.Equal(AddressForm.Polite, reply.Address);
        Assert.Equal(new AddressMarks(Familiar: false, Polite: true), AddressMarkers.Find(reply.Text, "fr"));
    }

    [Fact]
    public void Respond_FrenchColleagueTheOwnerWritesVousTo_VousEvenInACasualRegister()
    {
        var colleague = TestProfiles.Make("Marc", Relationship.Colleague, style: Learned("fr", familiar: 0, polite: 5, formality: 0.2));

        var reply = Respond("Merci pour le coup de main !", colleague, "fr");

        Assert.Equal(AddressForm.Polite, reply.Address);
        Assert.Equal(Register.Formal, reply.Register);
        Assert.Contains(reply.Text, TestPrompts.Phrasebooks.Get("fr").Replies["thanks"]["polite"].Select(p => p.Replace("{nick}", "", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("Opa ist heute Nacht gestorben")]
    [InlineData("Kannst du mir morgen beim Umzug helfen?")]
    [InlineData("Wie geht es dir?")]
    [InlineData("Danke für gestern")]
    public void Respond_GermanFatherNothingLearned_Du(string text)
    {
        var reply = Respond(text, TestProfiles.Father(), "de");

        Assert.Equal(Register.Formal, reply.Register);
        Assert.Equal(AddressForm.Familiar, reply.Address);
        Assert.False(AddressMarkers.Find(reply.Text, "de").Polite, reply.Text);
    }

    [Theory]
    [InlineData("Hola, ¿qué tal está?")]
    [InlineData("Lamento mucho lo de su padre")]
    [InlineData("¿Me puede mandar el informe antes del viernes?")]
    public void Respond_SpanishBoss_Usted(string text)
    {
        var boss = TestProfiles.Make("Sr. García", Relationship.Manager);

        var reply = Respond(text, boss, "es");

        Assert.Equal(AddressForm.Polite, reply.Address);
        Assert.False(AddressMarkers.Find(reply.Text, "es").Familiar, reply.Text);
    }

    [Fact]
    public void Respond_SpanishBossAsksHowTheOwnerIs_AsksBackWithUsted()
    {
        var reply = Respond("Hola, ¿qué tal está?", TestProfiles.Make("Sr. García", Relationship.Manager), "es");

        Assert.Contains("usted", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Respond_OwnerSetPoliteForAFriend_SettingWins()
    {
        var profile = TestProfiles.Make("Hélène", Relationship.Friend, style: Learned("fr", familiar: 3, polite: 0));
        profile = profile with { Settings = profile.Settings with { Address = AddressForm.Polite } };

        var reply = Respond("Merci beaucoup !", profile, "fr");

        Assert.Equal(AddressForm.Polite, reply.Address);
    }

    [Fact]
    public void Respond_EnglishClient_AddressChangesNothing()
    {
        var client = TestProfiles.Make("Mr Jones", Relationship.Client);

        var reply = Respond("Thanks so much for yesterday", client, "en");

        Assert.Equal(AddressForm.Familiar, reply.Address);
        Assert.Contains(reply.Text, TestPrompts.Phrasebooks.Get("en").Replies["thanks"]["formal"].Select(p => p.Replace("{nick}", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Respond_GroupWithAClient_PoliteForEveryone()
    {
        var friend = TestProfiles.Make("Julie", Relationship.Friend);
        var request = Request("Merci pour hier !", friend, "fr") with { RegisterFloor = Register.Formal, AddressFloor = AddressForm.Polite };

        var reply = _responder.Respond(request);

        Assert.Equal(AddressForm.Polite, reply.Address);
        Assert.False(AddressMarkers.Find(reply.Text, "fr").Familiar, reply.Text);
    }

    [Fact]
    public void Respond_FamilyGroup_FamiliarForEveryone()
    {
        var request = Request("Qui apporte le gâteau dimanche ?", TestProfiles.Brother(), "fr") with { RegisterFloor = Register.Formal, AddressFloor = AddressForm.Familiar };

        var reply = _responder.Respond(request);

        Assert.Equal(AddressForm.Familiar, reply.Address);
        Assert.False(AddressMarkers.Find(reply.Text, "fr").Polite, reply.Text);
    }

    [Fact]
    public void Respond_OwnReplyToSomeoneElseSaysTu_NotReusedForAClient()
    {
        var client = TestProfiles.Make("Madame Laurent", Relationship.Client);
        var elsewhere = new SimilarExchange("", "Merci à toi !", DateTimeOffset.UnixEpoch, 0.95, Global: true);

        var reply = _responder.Respond(Request("Merci pour votre aide", client, "fr") with { SimilarExchanges = [elsewhere] });

        Assert.False(reply.FromMemory);
        Assert.False(AddressMarkers.Find(reply.Text, "fr").Familiar, reply.Text);
    }

    [Fact]
    public void Respond_OwnReplyToSomeoneElseSaysTu_ReusedForAFriend()
    {
        var elsewhere = new SimilarExchange("", "Merci à toi !", DateTimeOffset.UnixEpoch, 0.95, Global: true);

        var reply = _responder.Respond(Request("Merci pour ton aide", TestProfiles.Friend(), "fr") with { SimilarExchanges = [elsewhere] });

        Assert.True(reply.FromMemory);
    }

    private OfflineReply Respond(string text, ContactProfile profile, string language) => _responder.Respond(Request(text, profile, language));

    private static OfflineRequest Request(string text, ContactProfile profile, string language) =>
        new() { Text = text, Profile = profile, Tone = TestTones.Neutral(text, language) };

    private static StyleFingerprint Learned(string language, double familiar, double polite, double formality = 0.8) => new()
    {
        MessageCount = 10,
        Formality = formality,
        CapitalizedRate = 1,
        PeriodRate = 1,
        Languages = new Dictionary<string, double> { [language] = 1 },
        Address = new Dictionary<string, AddressTally> { [language] = new(familiar, polite) },
    };
}
