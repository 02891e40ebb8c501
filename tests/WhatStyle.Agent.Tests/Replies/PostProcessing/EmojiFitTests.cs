using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Replies.PostProcessing;

namespace WhatStyle.Agent.Tests.Replies.PostProcessing;

public sealed class EmojiFitTests
{
    [Theory]
    [InlineData(OfflineIntent.Request, "Plain")]
    [InlineData(OfflineIntent.Question, "Plain")]
    [InlineData(OfflineIntent.Apology, "Plain")]
    [InlineData(OfflineIntent.BadNews, "Solemn")]
    [InlineData(OfflineIntent.Grief, "Solemn")]
    [InlineData(OfflineIntent.Condolence, "Solemn")]
    [InlineData(OfflineIntent.Crisis, "Solemn")]
    [InlineData(OfflineIntent.Urgent, "Solemn")]
    [InlineData(OfflineIntent.HowAreYou, "Warm")]
    [InlineData(OfflineIntent.Glad, "Playful")]
    public void MoodOf_Intent(OfflineIntent intent, string expected) =>
        Assert.Equal(Enum.Parse<ReplyMood>(expected), EmojiFit.MoodOf(intent, "a message", "a reply"));

    [Fact]
    public void MoodOf_LaughterInTheMessageOrTheReply_MakesChatPlayfulButNotARequest()
    {
        Assert.Equal(ReplyMood.Playful, EmojiFit.MoodOf(OfflineIntent.Default, "you won't believe this lol", "Tell me more"));
        Assert.Equal(ReplyMood.Playful, EmojiFit.MoodOf(OfflineIntent.Greeting, "hey 😂", "Hey!"));
        Assert.Equal(ReplyMood.Playful, EmojiFit.MoodOf(OfflineIntent.Default, "so", "Haha okay, tell me more"));
        Assert.Equal(ReplyMood.Plain, EmojiFit.MoodOf(OfflineIntent.Request, "send me the file lol", "Sure"));
        Assert.Equal(ReplyMood.Plain, EmojiFit.MoodOf(OfflineIntent.Greeting, "hello lol", "Hello", formal: true));
    }

    [Fact]
    public void Fits_LaughOnlyWhereThereIsSomethingToLaughAbout()
    {
        Assert.True(EmojiFit.Fits("😂", ReplyMood.Playful));
        Assert.False(EmojiFit.Fits("😂", ReplyMood.Warm));
        Assert.False(EmojiFit.Fits("😂", ReplyMood.Plain));
        Assert.False(EmojiFit.Fits("🤣", ReplyMood.Plain));
    }

    [Fact]
    public void Fits_ThingsAndTeasingBelongToChat()
    {
        Assert.True(EmojiFit.Fits("🍕", ReplyMood.Warm));
        Assert.False(EmojiFit.Fits("🍕", ReplyMood.Plain));
        Assert.False(EmojiFit.Fits("😜", ReplyMood.Plain));
        Assert.True(EmojiFit.Fits("❤️", ReplyMood.Plain));
        Assert.True(EmojiFit.Fits("👍", ReplyMood.Plain));
    }

    [Fact]
    public void Fits_NothingIsAddedToSadNewsAndNoEyeRollAnywhere()
    {
        Assert.False(EmojiFit.Fits("❤️", ReplyMood.Solemn));
        Assert.False(EmojiFit.Fits("🙄", ReplyMood.Playful));
        Assert.False(EmojiFit.Fits("😢", ReplyMood.Warm));
    }

    [Fact]
    public void WithoutUnfitting_SadNewsKeepsCareOnly()
    {
        Assert.Equal("Oh no, I'm so sorry ❤️", EmojiFit.WithoutUnfitting("Oh no, I'm so sorry 😂 ❤️", ReplyMood.Solemn));
        Assert.Equal("Oh no 😢 I'm here", EmojiFit.WithoutUnfitting("Oh no 😢 I'm here 🍕", ReplyMood.Solemn));
        Assert.Equal("Sure, I'll send it 👍", EmojiFit.WithoutUnfitting("Sure, I'll send it 😂👍", ReplyMood.Plain));
        Assert.Equal("lol yes 😂", EmojiFit.WithoutUnfitting("lol yes 😂", ReplyMood.Playful));
    }
}
