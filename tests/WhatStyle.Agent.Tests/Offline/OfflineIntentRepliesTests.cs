using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Replies.PostProcessing;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Agent.Tests.Offline;

/// <summary>
/// The offline responder answers what was asked, read by the real (lexical) tone analyser, in the owner's formal
/// (a parent) and casual (a friend) register: never a template keyed on mood alone, never an invented fact.
/// </summary>
public sealed class OfflineIntentRepliesTests
{
    private readonly IOfflineResponder _responder = TestPrompts.Offline();

    public static TheoryData<string, string, OfflineIntent, string> Cases()
    {
        var data = new TheoryData<string, string, OfflineIntent, string>();
        foreach (var register in new[] { "formal", "casual" })
        {
            data.Add(register, "Can you send me the quarterly report by Friday?", OfflineIntent.Request, "get back to you");
            data.Add(register, "What time does the museum open tomorrow?", OfflineIntent.Question, "check");
            data.Add(register, "Want to come over for dinner on Saturday?", OfflineIntent.Invitation, "check");
            data.Add(register, "I got the job!!", OfflineIntent.GoodNews, "ongrat");
            data.Add(register, "I didn't get the job, they went with someone else", OfflineIntent.BadNews, "sorry");
            data.Add(register, "Great job on the presentation today, the board loved it", OfflineIntent.Praise, "hank");
            data.Add(register, "Thanks for the lift yesterday!", OfflineIntent.Thanks, "");
            data.Add(register, "Sorry I missed your call", OfflineIntent.Apology, "");
            data.Add(register, "So sorry for your loss, thinking of you all", OfflineIntent.Condolence, "Thank");
            data.Add(register, "We had to put Milo down this morning", OfflineIntent.Grief, "sorry");
            data.Add(register, "hey!", OfflineIntent.Greeting, "");
            data.Add(register, "night night, sleep well", OfflineIntent.Farewell, "");
            data.Add(register, "the cat knocked my coffee over again", OfflineIntent.Default, "");
            data.Add(register, "I want to kill myself", OfflineIntent.Crisis, "alling you");
            data.Add(register, "someone is following me, I'm scared", OfflineIntent.Emergency, "112");
            data.Add(register, "we're at the vet, Bella swallowed something", OfflineIntent.PetEmergency, "alling you");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Respond_EachIntentInEachRegister_AnswersThatIntentInThatVoice(string register, string text, OfflineIntent expected, string mustContain)
    {
        var profile = register == "formal" ? TestProfiles.Father() : TestProfiles.Friend();
        var tone = AgentHarness.SharedToneAnalyzer.Analyze(text);

        var reply = _responder.Respond(new OfflineRequest { Text = text, Profile = profile, Tone = tone, EmergencyNumber = "112" });

        Assert.Equal(expected, reply.Intent);
        Assert.Equal(register == "formal" ? Register.Formal : Register.Casual, reply.Register);
        var book = TestPrompts.Phrasebooks.Get("en");
        var nick = register == "formal" ? "Dad" : null;
        var candidates = book.PhrasingsFor(expected, reply.Register)
            .Select(p => PhraseFiller.Fill(p, book, reply.Register, nick, text).Replace("{emergency}", "112", StringComparison.Ordinal))
            .Select(p => reply.Register == Register.Formal || expected is OfflineIntent.Grief or OfflineIntent.Crisis or OfflineIntent.Emergency or OfflineIntent.PetEmergency or OfflineIntent.Condolence ? EmojiText.Cap(p, 0) : p);
        Assert.Contains(reply.Text, candidates);
        Assert.Contains(mustContain, reply.Text, StringComparison.Ordinal);
        // Never an invented fact: the only number a reply may carry is the emergency number.
        Assert.DoesNotMatch(@"\d", reply.Text.Replace("112", "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("formal")]
    [InlineData("casual")]
    public void Respond_Grief_SympathyWithoutSlangOrEmoji(string register)
    {
        const string text = "my dad passed away last night";
        var profile = register == "formal" ? TestProfiles.Father() : TestProfiles.Make("Kai", Relationship.Friend, EmojiPolicy.Heavy);

        var reply = _responder.Respond(new OfflineRequest { Text = text, Profile = profile, Tone = AgentHarness.SharedToneAnalyzer.Analyze(text) });

        Assert.Equal(OfflineIntent.Grief, reply.Intent);
        Assert.Equal(0, EmojiText.Count(reply.Text));
        foreach (var slang in new[] { "sucks", "aw man", "lol", "haha", "Yay", "!" })
        {
            Assert.DoesNotContain(slang, reply.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("es", "¿Me puedes mandar el informe antes del viernes?", OfflineIntent.Request)]
    [InlineData("fr", "Tu veux venir dîner chez nous samedi soir ?", OfflineIntent.Invitation)]
    [InlineData("de", "Opa ist heute Nacht gestorben", OfflineIntent.Grief)]
    [InlineData("pt", "Mandou muito bem na apresentação!", OfflineIntent.Praise)]
    [InlineData("es", "Mi más sentido pésame por tu abuela", OfflineIntent.Condolence)]
    [InlineData("de", "er hat mich geschlagen", OfflineIntent.Emergency)]
    [InlineData("es", "estamos en el veterinario, el perro se tragó algo", OfflineIntent.PetEmergency)]
    [InlineData("fr", "on est chez le véto, le chat a avalé un truc", OfflineIntent.PetEmergency)]
    public void Respond_IntentInAnotherLanguage_AnswersItInThatLanguage(string language, string text, OfflineIntent expected)
    {
        var reply = _responder.Respond(new OfflineRequest { Text = text, Profile = TestProfiles.Friend(), Tone = AgentHarness.SharedToneAnalyzer.Analyze(text) });

        Assert.Equal(expected, reply.Intent);
        Assert.Equal(language, reply.Language);
    }

    [Fact]
    public void Respond_Crisis_NeverReusesAnOldReply()
    {
        const string text = "I want to end it all";
        var similar = new[] { new Tools.Memory.SimilarExchange(text, "haha same 😂", DateTimeOffset.UnixEpoch, 0.99) };

        var reply = _responder.Respond(new OfflineRequest
        {
            Text = text, Profile = TestProfiles.Friend(), Tone = AgentHarness.SharedToneAnalyzer.Analyze(text), SimilarExchanges = similar,
        });

        Assert.False(reply.FromMemory);
        Assert.Equal(OfflineIntent.Crisis, reply.Intent);
    }

    [Theory]
    [InlineData("we're at the vet, Bella swallowed something")]
    [InlineData("the dog got into the rat poison, driving to the emergency vet now")]
    [InlineData("wir sind beim tierarzt, der hund hat was verschluckt")]
    public void Respond_PetEmergency_CareAndPresenceWithoutTheEmergencyNumber(string text)
    {
        var tone = AgentHarness.SharedToneAnalyzer.Analyze(text);

        var reply = _responder.Respond(new OfflineRequest { Text = text, Profile = TestProfiles.Friend(), Tone = tone, EmergencyNumber = "112" });

        Assert.True(tone.Crisis.HoldsReply);
        Assert.Equal(OfflineIntent.PetEmergency, reply.Intent);
        Assert.DoesNotContain("112", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("danger", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Gefahr", reply.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Respond_PersonMedicalEmergency_StillNamesTheEmergencyNumber()
    {
        const string text = "my dad collapsed and isn't breathing";

        var reply = _responder.Respond(new OfflineRequest
        {
            Text = text, Profile = TestProfiles.Friend(), Tone = AgentHarness.SharedToneAnalyzer.Analyze(text), EmergencyNumber = "112",
        });

        Assert.Equal(OfflineIntent.Emergency, reply.Intent);
        Assert.Contains("112", reply.Text, StringComparison.Ordinal);
    }
}
