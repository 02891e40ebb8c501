using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Agent.Tests.Prompting;

public sealed class ReplyPromptBuilderVoiceTests
{
    private static readonly StyleFingerprint EmojiFriend = new() { MessageCount = 80, EmojiRate = 1.4, TopEmoji = ["😍"], MedianLength = 60, P90Length = 140 };

    [Fact]
    public void Variables_WithVoicePrediction_TellTheModelThisMessagesStyle()
    {
        var context = TestContexts.Make(TestProfiles.Make("Jake", Relationship.Friend, style: EmojiFriend), "are you coming tonight?")
            with { Voice = TestVoices.Make(LengthBucket.Short, emoji: 0.1, formality: 0.1) };

        var variables = TestContexts.Builder().Variables(context);

        Assert.Equal("none at all.", variables["emoji_rule"]);
        Assert.EndsWith("To a message like this one the owner usually writes a short reply (a few words), without emoji, casual (their voice model, 90% sure of the length).", variables["length_rule"], StringComparison.Ordinal);
        Assert.Contains("about 25 characters", variables["length_rule"], StringComparison.Ordinal);
    }

    [Fact]
    public void Variables_WithoutVoicePrediction_AsBefore()
    {
        var context = TestContexts.Make(TestProfiles.Make("Jake", Relationship.Friend, style: EmojiFriend), "are you coming tonight?");

        var variables = TestContexts.Builder().Variables(context);

        Assert.Equal("use emoji freely, as the owner does with them (favourites: 😍).", variables["emoji_rule"]);
        Assert.Equal("about 60 characters, rarely more than 140.", variables["length_rule"]);
    }
}
