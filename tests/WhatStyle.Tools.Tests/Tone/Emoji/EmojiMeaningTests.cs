using WhatStyle.Tools.Tone.Emoji;

namespace WhatStyle.Tools.Tests.Tone.Emoji;

public sealed class EmojiMeaningTests
{
    [Theory]
    [InlineData("🍕")]
    [InlineData("🎲")]
    [InlineData("🎉")]
    [InlineData("🔥")]
    [InlineData("☕")]
    [InlineData("🐶")]
    [InlineData("🇩🇪")]
    public void IsTopic_ThingsFoodGamesAndSymbols_AreTopic(string emoji) => Assert.True(EmojiMeaning.IsTopic(emoji));

    [Theory]
    [InlineData("😂")]
    [InlineData("❤️")]
    [InlineData("❤")]
    [InlineData("💕")]
    [InlineData("👍🏽")]
    [InlineData("🙏")]
    [InlineData("🤗")]
    [InlineData("🥰")]
    [InlineData("🙈")]
    [InlineData("🫶")]
    [InlineData("🤦‍♀️")]
    [InlineData("💪")]
    public void IsTopic_FacesHeartsHandsAndPeople_AreNot(string emoji) => Assert.False(EmojiMeaning.IsTopic(emoji));

    [Fact]
    public void IsTopic_PlainText_IsNot() => Assert.False(EmojiMeaning.IsTopic("a"));

    [Fact]
    public void Of_ReadsTheCatalog()
    {
        Assert.True(EmojiMeaning.Of("😂").Laugh);
        Assert.True(EmojiMeaning.Of("😘").Affection);
        Assert.True(EmojiMeaning.Of("🙄").Sarcasm);
        Assert.True(EmojiMeaning.Of("😜").Tease);
        Assert.True(EmojiMeaning.Of("😢").Distress);
        Assert.False(EmojiMeaning.Of("😊").Laugh);
        Assert.True(EmojiMeaning.Of("🍕").Topic);
    }
}
