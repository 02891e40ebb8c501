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

        var text = StyleEnforcer.Apply("see you there", profile);

        Assert.Equal("see you there 😂🔥", text);
    }

    [Fact]
    public void TrimToLength_NoSentenceBoundary_CutsAtWordWithEllipsis()
    {
        var text = StyleEnforcer.TrimToLength(string.Join(' ', Enumerable.Repeat("word", 40)), 60);

        Assert.EndsWith("…", text, StringComparison.Ordinal);
        Assert.True(text.Length <= 61);
    }
}
