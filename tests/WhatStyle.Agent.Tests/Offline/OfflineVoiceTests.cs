using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Replies.PostProcessing;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Agent.Tests.Offline;

/// <summary>The offline responder writes in the register and emoji the voice model predicts for this message.</summary>
public sealed class OfflineVoiceTests
{
    private readonly IOfflineResponder _responder = TestPrompts.Offline();

    private static readonly StyleFingerprint CasualEmoji = new()
    {
        MessageCount = 60, EmojiRate = 1.5, TopEmoji = ["😄"], Formality = 0.2, MedianLength = 30, P90Length = 60, CapitalizedRate = 0.9,
    };

    private static OfflineRequest Request(string text) =>
        new() { Text = text, Profile = TestProfiles.Make("Jake", Relationship.Friend, style: CasualEmoji), Tone = TestTones.Neutral(text) };

    [Fact]
    public void Respond_VoiceSaysFormalWithoutEmoji_FormalRegisterAndNoEmoji()
    {
        var request = Request("How's your day going?");

        var plain = _responder.Respond(request);
        var voiced = _responder.Respond(request with { Voice = TestVoices.Make(emoji: 0.05, formality: 0.9) });

        Assert.Equal((Register.Casual, true), (plain.Register, EmojiText.Count(plain.Text) > 0));
        Assert.Equal(Register.Formal, voiced.Register);
        Assert.Equal(0, EmojiText.Count(voiced.Text));
    }

    [Fact]
    public void Respond_VoiceUnsure_SameReplyAsWithoutAModel()
    {
        var request = Request("How's your day going?");

        var unsure = _responder.Respond(request with { Voice = TestVoices.Make(emoji: 0.5, formality: 0.5) with { LengthProbabilities = [0.34f, 0.33f, 0.33f] } });

        Assert.Equal(_responder.Respond(request).Text, unsure.Text);
    }
}
