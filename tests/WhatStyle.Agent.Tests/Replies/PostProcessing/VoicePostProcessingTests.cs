using WhatStyle.Agent.Replies.PostProcessing;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Voice.Model;

namespace WhatStyle.Agent.Tests.Replies.PostProcessing;

/// <summary>The post-processor follows the owner's voice model for this message; without a model, nothing changes.</summary>
public sealed class VoicePostProcessingTests
{
    private const string Draft = "Yes, I'll be there around eight! Really looking forward to it, it has been far too long since we all met up properly 😍🎉";

    private static readonly StyleFingerprint EmojiFriend = new()
    {
        MessageCount = 80, EmojiRate = 1.4, TopEmoji = ["😍", "🎉"], MedianLength = 60, P90Length = 140, CapitalizedRate = 0.9, ExclamationRate = 0.4,
    };

    [Fact]
    public void Process_VoiceSaysShortWithoutEmoji_DraftIsCutAndLosesItsEmoji()
    {
        var context = TestContexts.Make(TestProfiles.Make("Jake", Relationship.Friend, style: EmojiFriend), "are you coming tonight?")
            with { Voice = TestVoices.Make(LengthBucket.Short, emoji: 0.1) };

        var result = TestPrompts.PostProcessor().Process(Draft, context, []);

        Assert.Equal("Yes, I'll be there around eight!", result.Text);
        Assert.Equal(0, EmojiText.Count(result.Text!));
    }

    [Fact]
    public void Process_NoVoiceModel_KeepsTheFingerprintsLengthAndEmoji()
    {
        var context = TestContexts.Make(TestProfiles.Make("Jake", Relationship.Friend, style: EmojiFriend), "are you coming tonight?");

        var result = TestPrompts.PostProcessor().Process(Draft, context, []);

        Assert.True(result.Text!.Length > VoiceLabels.ShortMax * 2, result.Text);
        Assert.True(EmojiText.Count(result.Text) > 0, result.Text);
    }

    [Fact]
    public void Process_OwnersEmojiSettingAndVoiceSaysNone_TheSettingWins()
    {
        var context = TestContexts.Make(TestProfiles.Make("Jake", Relationship.Friend, EmojiPolicy.Heavy, style: EmojiFriend), "are you coming tonight?")
            with { Voice = TestVoices.Make(LengthBucket.Long, emoji: 0.05) };

        var result = TestPrompts.PostProcessor().Process(Draft, context, []);

        Assert.True(EmojiText.Count(result.Text!) > 0, result.Text);
    }
}
