using WhatStyle.Tools.Voice;

namespace WhatStyle.Tools.Tests.Voice;

public sealed class StyleDistanceTests
{
    [Fact]
    public void Between_SameMessage_IsZero()
    {
        Assert.Equal(0, StyleDistance.Between("lol ok see u there 😂", "lol ok see u there 😂").Total);
    }

    [Fact]
    public void Between_FormalAndShorthand_DifferInCaseShorthandPunctuationAndEmoji()
    {
        var distance = StyleDistance.Between("Yes, I will see you there.", "lol ya see u there 😂");

        Assert.Equal(1, distance.Capitalisation);
        Assert.Equal(1, distance.Punctuation);
        Assert.Equal(1, distance.Shorthand);
        Assert.Equal(1, distance.EmojiChoice);
        Assert.True(distance.Total > 0.4);
    }

    [Fact]
    public void Between_SameStyleOtherWords_IsCloserThanOtherStyle()
    {
        var near = StyleDistance.Between("lol yeah u coming?", "haha ok see u later").Total;
        var far = StyleDistance.Between("Good evening. Will you be attending?", "haha ok see u later").Total;

        Assert.True(near < far);
    }
}
