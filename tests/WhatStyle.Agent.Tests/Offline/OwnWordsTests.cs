using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Tests.Offline;

/// <summary>The offline responder answers with the owner's own past words only when they fit today.</summary>
public sealed class OwnWordsTests
{
    private readonly IOfflineResponder _responder = TestPrompts.Offline();

    [Theory]
    [InlineData("good luck for the exam on Friday!")]   // a weekday
    [InlineData("yes see you at 8 👍")]                  // a number
    [InlineData("ok, meet you at Luigi's")]              // a place
    [InlineData("sure, bring Anna along")]               // a name
    public void Respond_SimilarPastReplyWithStaleFact_IsNeverReused(string staleReply)
    {
        var past = new SimilarExchange("are you coming tonight?", staleReply, DateTimeOffset.UnixEpoch, 0.97);

        var reply = _responder.Respond(Request("are you coming later?", past));

        Assert.False(reply.FromMemory);
        Assert.NotEqual(staleReply, reply.Text);
    }

    [Fact]
    public void Respond_SimilarStockReply_IsReused()
    {
        var past = new SimilarExchange("thanks so much for yesterday", "anytime!! 😊", DateTimeOffset.UnixEpoch, 0.9);

        var reply = _responder.Respond(Request("thank you for the help", past));

        Assert.True(reply.FromMemory);
        Assert.StartsWith("anytime", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Respond_PastReplyToAnotherKindOfMessage_IsNotReused()
    {
        // Similar words, different intent: a thank-you answered "no worries" is no answer to bad news.
        var past = new SimilarExchange("thanks for the help with the car", "no worries!", DateTimeOffset.UnixEpoch, 0.9);

        var reply = _responder.Respond(Request("my car broke down, I'm so sorry to bother you", past));

        Assert.NotEqual("no worries!", reply.Text);
    }

    [Fact]
    public void Respond_TwoFittingReplies_PrefersTheRecentOne()
    {
        var old = new SimilarExchange("thanks so much", "no worries", DateTimeOffset.UnixEpoch, 0.9);
        var recent = new SimilarExchange("thank you so much", "anytime", DateTimeOffset.UnixEpoch.AddDays(400), 0.88);

        var reply = _responder.Respond(Request("thanks a lot", old, recent));

        Assert.Equal("anytime", reply.Text);
    }

    [Fact]
    public void Respond_InvitationWithoutKeywords_ReusesTheOwnersAnswerToAnInvitation()
    {
        // No phrasebook keyword says "invitation" in either message; read by the tone analyser, both are one.
        var analyzer = ToneAnalyzerFactory.CreateDefault();
        var responder = TestPrompts.Offline(toneAnalyzer: analyzer);
        var past = new SimilarExchange("fancy the cinema on monday?", "yes sounds good", DateTimeOffset.UnixEpoch, 0.9);
        const string text = "fancy the cinema on thursday?";

        var reply = responder.Respond(new OfflineRequest { Text = text, Profile = TestProfiles.Friend(), Tone = analyzer.Analyze(text), SimilarExchanges = [past] });

        Assert.True(reply.FromMemory, reply.Text);
        Assert.StartsWith("yes sounds good", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Respond_SeveralFittingReplies_PrefersTheOwnersTypicalOneOverTheMostSimilar()
    {
        // Three times "night", once a long "Good night, sleep well.": the one-off is the most similar, not the usual answer.
        var odd = new SimilarExchange("going to bed, good night", "Good night, sleep well.", DateTimeOffset.UnixEpoch, 0.97);
        var usual = new[] { "night", "night!", "nightt" }.Select(r => new SimilarExchange("going to bed, good night", r, DateTimeOffset.UnixEpoch, 0.9));

        var reply = _responder.Respond(Request("going to bed, good night", [odd, .. usual]));

        Assert.True(reply.FromMemory);
        Assert.StartsWith("night", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Respond_UsualAnswerFarLessSimilarThanAOneOff_StillWins()
    {
        // All four answer the same kind of message; the nearest message's answer is one draw of the owner's habits, their
        // usual answer weighs more than 0.2 of similarity (eval voice: the father persona's gain went from 20% to 25%).
        var odd = new SimilarExchange("going to bed, good night", "Good night, sleep well.", DateTimeOffset.UnixEpoch, 0.98);
        var usual = new[] { "night", "night!", "nightt" }.Select(r => new SimilarExchange("going to bed, good night", r, DateTimeOffset.UnixEpoch, 0.75));

        var reply = TestPrompts.Offline(threshold: 0.7).Respond(Request("going to bed, good night", [odd, .. usual]));

        Assert.True(reply.FromMemory);
        Assert.StartsWith("night", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Respond_GlobalStockReply_IsReusedWithoutTheOtherContactsMessage()
    {
        // Memory offers a reply to someone else only for a close match, without their message: its fit is that match.
        var past = new SimilarExchange("", "anytime!! 😊", DateTimeOffset.UnixEpoch, 0.85, Global: true);

        var reply = _responder.Respond(Request("thank you for the help", past));

        Assert.True(reply.FromMemory);
        Assert.StartsWith("anytime", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("see you at 8 👍")]
    [InlineData("ok, bring Anna along")]
    public void Respond_GlobalReplyWithStaleFact_IsNeverReused(string staleReply)
    {
        var past = new SimilarExchange("", staleReply, DateTimeOffset.UnixEpoch, 0.95, Global: true);

        var reply = _responder.Respond(Request("are you coming later?", past));

        Assert.False(reply.FromMemory);
    }

    private static OfflineRequest Request(string text, params SimilarExchange[] similar) =>
        new() { Text = text, Profile = TestProfiles.Friend(), Tone = TestTones.Neutral(text), SimilarExchanges = similar };
}
