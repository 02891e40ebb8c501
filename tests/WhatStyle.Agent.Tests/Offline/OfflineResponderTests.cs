using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Replies.PostProcessing;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Tests.Offline;

public sealed class OfflineResponderTests
{
    private readonly IOfflineResponder _responder = TestPrompts.Offline();

    [Fact]
    public void Respond_HowIsYourDayFromFriend_AnswersCasuallyAndThanks()
    {
        var reply = _responder.Respond(Request("How's your day going?", TestProfiles.Friend()));

        Assert.Equal(OfflineIntent.HowAreYou, reply.Intent);
        Assert.Equal(Register.Casual, reply.Register);
        Assert.Contains(reply.Text, new[] { "Pretty good! Thanks for asking 😊 How about you?", "All good here, thanks! 😄 How about you?" });
    }

    [Fact]
    public void Respond_FatherFormalQuestion_PoliteCompleteSentencesWithoutEmoji()
    {
        var text = "Good morning. How are your studies going?";
        var reply = _responder.Respond(Request(text, TestProfiles.Father(), TestTones.Make(text, formality: FormalityLabel.Formal)));

        Assert.Equal(OfflineIntent.HowAreYou, reply.Intent);
        Assert.Equal(Register.Formal, reply.Register);
        Assert.StartsWith("Good morning Dad.", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, EmojiText.Count(reply.Text));
        Assert.Contains("thank you", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(char.IsUpper(reply.Text[0]));
        Assert.Contains(reply.Text[^1], ".?!");
    }

    [Fact]
    public void Respond_BrotherNeedsSupport_EmpatheticNoJokesLightEmoji()
    {
        var text = "failed my exam again 😞 feeling terrible";
        var reply = _responder.Respond(Request(text, TestProfiles.Brother(), TestTones.Sad(text)));

        Assert.Equal(OfflineIntent.BadNews, reply.Intent);
        Assert.Contains("bro", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("haha", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.InRange(EmojiText.Count(reply.Text), 0, StyleEnforcer.LightEmojiCap);
    }

    [Fact]
    public void Respond_PartnerHeavyEmoji_WarmWithNicknameAndEmoji()
    {
        var reply = _responder.Respond(Request("hey babe 😘 what's up?", TestProfiles.Partner()));

        Assert.Equal(Register.Warm, reply.Register);
        Assert.Contains("babe", reply.Text, StringComparison.Ordinal);
        Assert.True(EmojiText.Count(reply.Text) >= 1);
    }

    [Theory]
    [InlineData("en", "Hello there", OfflineIntent.Greeting)]
    [InlineData("en", "Thanks so much for yesterday", OfflineIntent.Thanks)]
    [InlineData("en", "Sorry I'm late again", OfflineIntent.Apology)]
    [InlineData("en", "Guess what, I got the job!", OfflineIntent.GoodNews)]
    [InlineData("en", "Are we still on for dinner tonight?", OfflineIntent.Plans)]
    [InlineData("en", "I miss you so much", OfflineIntent.Affection)]
    [InlineData("en", "Call me ASAP please", OfflineIntent.Urgent)]
    [InlineData("en", "The package arrived", OfflineIntent.Default)]
    [InlineData("es", "Hola, ¿qué tal estás?", OfflineIntent.HowAreYou)]
    [InlineData("es", "Muchas gracias por todo", OfflineIntent.Thanks)]
    [InlineData("es", "Suspendí el examen, estoy muy triste", OfflineIntent.BadNews)]
    [InlineData("es", "¿Quedamos mañana para la cena?", OfflineIntent.Plans)]
    [InlineData("fr", "Salut, ça va ?", OfflineIntent.HowAreYou)]
    [InlineData("fr", "Désolé pour hier", OfflineIntent.Apology)]
    [InlineData("fr", "Bonne nouvelle, j'ai réussi mon permis !", OfflineIntent.GoodNews)]
    [InlineData("fr", "Tu me manques", OfflineIntent.Affection)]
    [InlineData("de", "Wie geht's dir?", OfflineIntent.HowAreYou)]
    [InlineData("de", "Vielen Dank für die Hilfe", OfflineIntent.Thanks)]
    [InlineData("de", "Ruf mich an, es ist dringend!", OfflineIntent.Urgent)]
    [InlineData("de", "Guten Morgen", OfflineIntent.Greeting)]
    [InlineData("pt", "Oi, tudo bem?", OfflineIntent.HowAreYou)]
    [InlineData("pt", "Obrigada pela ajuda", OfflineIntent.Thanks)]
    [InlineData("pt", "Te amo muito", OfflineIntent.Affection)]
    [InlineData("pt", "Desculpa pelo atraso", OfflineIntent.Apology)]
    public void Respond_LanguageAndIntent_AnswersThatIntentInThatLanguage(string language, string text, OfflineIntent expected)
    {
        var reply = _responder.Respond(Request(text, TestProfiles.Friend(), TestTones.Neutral(text, language)));

        Assert.Equal(expected, reply.Intent);
        Assert.Equal(language, reply.Language);
        var book = TestPrompts.Phrasebooks.Get(language);
        var candidates = book.PhrasingsFor(expected, Register.Casual).Select(p => PhraseFiller.Fill(p, book, Register.Casual, null, text));
        Assert.Contains(reply.Text, candidates);
    }

    [Theory]
    [InlineData("¿Cómo van tus estudios?", "es")]
    [InlineData("Comment se passent tes études ?", "fr")]
    [InlineData("Wie läuft dein Studium?", "de")]
    [InlineData("Como vão os estudos?", "pt")]
    public void Respond_ToneLanguageUndetermined_GuessesLanguageFromText(string text, string language)
    {
        var reply = _responder.Respond(Request(text, TestProfiles.Friend(), TestTones.Neutral(text, "und")));

        Assert.Equal(language, reply.Language);
    }

    [Fact]
    public void Respond_OneWordTheAnalyserCallsSpanish_AnswersAnEnglishFriendInEnglish()
    {
        var reply = _responder.Respond(Request("yo", TestProfiles.Friend(), TestTones.Neutral("yo", "es")));

        Assert.Equal("en", reply.Language);
        Assert.Equal(OfflineIntent.Greeting, reply.Intent);
    }

    [Fact]
    public void Respond_OneSpanishWord_StillSpanish()
    {
        var reply = _responder.Respond(Request("hola", TestProfiles.Friend(), TestTones.Neutral("hola", "es")));

        Assert.Equal("es", reply.Language);
    }

    [Fact]
    public void Respond_ToneLanguageUndeterminedStopWordsTied_GriefInSpanish()
    {
        const string text = "Tu tío falleció anoche.";

        var reply = _responder.Respond(Request(text, TestProfiles.Father(), TestTones.Neutral(text, "und")));

        Assert.Equal("es", reply.Language);
        Assert.Equal(OfflineIntent.Grief, reply.Intent);
    }

    [Fact]
    public void Respond_UnsupportedLanguage_AnswersInEnglish()
    {
        var reply = _responder.Respond(Request("Ciao, come stai?", TestProfiles.Friend(), TestTones.Neutral("Ciao, come stai?", "it")));

        Assert.Equal("en", reply.Language);
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
    }

    [Fact]
    public void Respond_VerySimilarPastReply_ReusesOwnersReply()
    {
        var past = new SimilarExchange("how's your day?", "Chill day, gym later 💪", DateTimeOffset.UnixEpoch, 0.93);
        var reply = _responder.Respond(Request("How's your day going?", TestProfiles.Friend()) with { SimilarExchanges = [past] });

        Assert.True(reply.FromMemory);
        Assert.Equal("Chill day, gym later 💪", reply.Text);
    }

    [Fact]
    public void Respond_PastReplyBelowThreshold_UsesPhrasebook()
    {
        var past = new SimilarExchange("where's the key?", "Under the mat", DateTimeOffset.UnixEpoch, 0.40);
        var reply = _responder.Respond(Request("How's your day going?", TestProfiles.Friend()) with { SimilarExchanges = [past] });

        Assert.False(reply.FromMemory);
        Assert.NotEqual("Under the mat", reply.Text);
    }

    [Fact]
    public void Respond_SameMessageTwice_SameReply()
    {
        var first = _responder.Respond(Request("hey what's up", TestProfiles.Friend()) with { MessageId = "wamid.1" });
        var second = _responder.Respond(Request("hey what's up", TestProfiles.Friend()) with { MessageId = "wamid.1" });

        Assert.Equal(first, second);
    }

    [Fact]
    public void Respond_GroupWithFormalFloor_PartnerGetsFormalEmojiFreeReply()
    {
        var reply = _responder.Respond(Request("Hi everyone!", TestProfiles.Partner()) with { RegisterFloor = Register.Formal });

        Assert.Equal(Register.Formal, reply.Register);
        Assert.Equal(0, EmojiText.Count(reply.Text));
    }

    [Fact]
    public void Respond_EmojiPolicyNone_NoEmojiEvenWhenCasual()
    {
        var profile = TestProfiles.Make("Tom", Relationship.Friend, EmojiPolicy.None);
        var reply = _responder.Respond(Request("How's your day going?", profile));

        Assert.Equal(0, EmojiText.Count(reply.Text));
    }

    [Fact]
    public void Respond_TheStableReplyWasRejectedForThisContact_GivesAnotherPhrasing()
    {
        var request = Request("How's your day going?", TestProfiles.Friend());
        var usual = _responder.Respond(request).Text;

        var again = _responder.Respond(request with { Rejected = [usual.ToUpperInvariant() + "  "] });

        Assert.NotEqual(usual, again.Text);
        Assert.Equal(OfflineIntent.HowAreYou, again.Intent);
        Assert.Equal(again.Text, _responder.Respond(request with { Rejected = [usual] }).Text); // still stable
    }

    private static OfflineRequest Request(string text, ContactProfile profile, ToneAnalysis? tone = null) =>
        new() { Text = text, Profile = profile, Tone = tone ?? TestTones.Neutral(text) };
}
