using WhatStyle.Agent.Replies.PostProcessing;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Tests.Replies.PostProcessing;

/// <summary>A model's draft keeps only emoji that fit what it answers, by the offline responder's reading of the message.</summary>
public sealed class EmojiMoodPostProcessingTests
{
    [Fact]
    public void Process_RequestDraftWithALaugh_LosesTheLaugh()
    {
        var style = new StyleFingerprint { MessageCount = 5, EmojiRate = 1.5, TopEmoji = ["😂"] };
        const string message = "can you send me the slides please?";
        var context = TestContexts.Make(TestProfiles.Make("Sam", Relationship.Friend, EmojiPolicy.Heavy, style: style), message,
            TestTones.Neutral(message) with { Intent = MessageIntent.Request });

        var result = TestPrompts.PostProcessor().Process("Sure, I'll send them tonight 😂👍", context, []);

        Assert.Equal("Sure, I'll send them tonight 👍", result.Text);
        Assert.Contains("emoji fitted to the reply's mood", result.Changes);
    }

    [Fact]
    public void Process_CrisisDraft_CarriesNoEmoji()
    {
        var context = TestContexts.Crisis();

        var result = TestPrompts.PostProcessor().Process("I'm here ❤️ Where are you exactly? 🙏", context, []);

        Assert.Empty(EmojiText.Find(result.Text!));
    }

    [Fact]
    public void Process_PlayfulDraft_KeepsItsLaugh()
    {
        var style = new StyleFingerprint { MessageCount = 5, EmojiRate = 1.5, TopEmoji = ["😂"] };
        var context = TestContexts.Make(TestProfiles.Make("Sam", Relationship.Friend, EmojiPolicy.Heavy, style: style), "lol tom fell in the pool");

        Assert.Equal("No way 😂", TestPrompts.PostProcessor().Process("No way 😂", context, []).Text);
    }
}
