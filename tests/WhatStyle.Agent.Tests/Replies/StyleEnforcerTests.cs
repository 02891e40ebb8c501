using WhatStyle.Agent.Replies.PostProcessing;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Agent.Tests.Replies;

public sealed class StyleEnforcerTests
{
    [Fact]
    public void Apply_HeavyEmojiUserWithHighRate_PadsWithFavourites()
    {
        var style = new StyleFingerprint { MessageCount = 10, EmojiRate = 2.6, TopEmoji = ["😂", "🔥"], MedianLength = 30, P90Length = 50 };
        var profile = TestProfiles.Make("Sam", Relationship.Friend, EmojiPolicy.Heavy, style: style);

        var text = StyleEnforcer.Apply("see you there lol", profile, mood: ReplyMood.Playful);

        Assert.Equal("see you there lol 😂🔥", text);
    }

    [Fact]
    public void Apply_RequestAcknowledgement_PadsOnlyWithFavouritesThatFit()
    {
        // The demo's Sam: 😂 and the 🎲 🍕 of one evening (a fingerprint learned before topic emoji needed several days).
        var style = new StyleFingerprint { MessageCount = 3, EmojiRate = 3.3, TopEmoji = ["😂", "🎲", "🍕", "👍"], MedianLength = 30, P90Length = 50 };
        var profile = TestProfiles.Make("Sam", Relationship.Friend, EmojiPolicy.Heavy, style: style);

        Assert.Equal("Sure, I'll look at it and get back to you. 👍", StyleEnforcer.Apply("Sure, I'll look at it and get back to you.", profile, mood: ReplyMood.Plain));
        Assert.Equal("All good here, thanks! 😄 How about you? 🎲🍕", StyleEnforcer.Apply("All good here, thanks! 😄 How about you?", profile, mood: ReplyMood.Warm));
    }

    [Fact]
    public void TrimToLength_NoSentenceBoundary_CutsAtWordWithEllipsis()
    {
        var text = StyleEnforcer.TrimToLength(string.Join(' ', Enumerable.Repeat("word", 40)), 60);

        Assert.EndsWith("…", text, StringComparison.Ordinal);
        Assert.True(text.Length <= 61);
    }
}
