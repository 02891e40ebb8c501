using WhatStyle.Agent.Replies;
using WhatStyle.Agent.Replies.PostProcessing;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Tests.Replies;

public sealed class ReplyPostProcessorTests
{
    private static readonly string[] Directory = ["Maria", "Mari", "Robert", "Dad", "Papa", "Leo", "Sam", "Julia", "Jules"];
    private readonly ReplyPostProcessor _processor = TestPrompts.PostProcessor();

    [Theory]
    [InlineData("As an AI, I don't have days, but I hope yours is great! Pretty good here 😊", "I hope yours")]
    [InlineData("Sure! Here's a reply: Pretty good, thanks for asking!", "Here's a reply")]
    [InlineData("\"Pretty good, thanks for asking!\"", "\"")]
    [InlineData("I'm an AI language model. Pretty good, thanks!", "language model")]
    public void Process_AssistantTells_Removed(string draft, string mustNotContain)
    {
        var result = _processor.Process(draft, TestContexts.Make(TestProfiles.Friend(), "How's your day?"), Directory);

        Assert.True(result.Accepted, result.RejectedBecause);
        Assert.DoesNotContain(mustNotContain, result.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("retty good", result.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Here is my reply: Pretty good, thanks for asking!")]
    [InlineData("Here is my reply:\n\nPretty good, thanks for asking!")]
    [InlineData("**Here is my reply:**\n\"Pretty good, thanks for asking!\"")]
    [InlineData("Sure! Here’s a reply: Pretty good, thanks for asking!")]
    [InlineData("Hey! Here is my reply: Pretty good, thanks for asking!")]
    [InlineData("Certainly. Here's a short, warm reply to Sam: Pretty good, thanks for asking!")]
    [InlineData("Of course! Here is a possible response:\nPretty good, thanks for asking!")]
    [InlineData("Pretty good, thanks for asking!\nHere is my reply:")]
    public void Process_PreambleAnywhere_Dropped(string draft)
    {
        var result = _processor.Process(draft, TestContexts.Make(TestProfiles.Friend(), "How's your day?"), Directory);

        Assert.True(result.Accepted, result.RejectedBecause);
        Assert.Contains("Pretty good, thanks for asking!", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("reply", result.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("response", result.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(":", result.Text, StringComparison.Ordinal);
        Assert.Contains("dropped preamble", result.Changes);
    }

    [Fact]
    public void Process_ReplyThatMentionsAnAnswer_IsNotAPreamble()
    {
        var result = _processor.Process("Here is the answer you wanted, it's a yes!", TestContexts.Make(TestProfiles.Friend(), "So?"), Directory);

        Assert.Equal("Here is the answer you wanted, it's a yes!", result.Text);
    }

    [Fact]
    public void Process_EmojiPolicyNone_StripsEveryEmoji()
    {
        var result = _processor.Process("Good morning Dad 😊 Studies are going well 👍🏽 thank you!", TestContexts.Father(), Directory);

        Assert.Equal("Good morning Dad Studies are going well thank you!", result.Text);
    }

    [Fact]
    public void Process_EmojiPolicyLight_CapsAtTwo()
    {
        var result = _processor.Process("Aw man 😞😞 that sucks 😢 bro 🤗 want to talk?", TestContexts.Brother(), Directory);

        Assert.Equal(StyleEnforcer.LightEmojiCap, EmojiText.Count(result.Text!));
    }

    [Fact]
    public void Process_LongerThanOwnersTypicalLength_TrimmedAtSentenceBoundary()
    {
        // Capitalised sentences ending in "." or "!", as the owner writes them (the habits are then left as they are).
        var style = new StyleFingerprint { MessageCount = 20, MedianLength = 25, P90Length = 40, CapitalizedRate = 0.9, PeriodRate = 0.5, ExclamationRate = 0.3 };
        var profile = TestProfiles.Make("Sam", Relationship.Friend, EmojiPolicy.Light, style: style);
        var draft = "Pretty good, thanks! Work was busy today. Then I went to the gym and after that I cooked a big dinner for everyone.";

        var result = _processor.Process(draft, TestContexts.Make(profile, "How's your day?"), Directory);

        Assert.Equal("Pretty good, thanks! Work was busy today.", result.Text);
    }

    [Fact]
    public void Process_ModelAnsweredInAnotherLanguage_Rejected()
    {
        var context = TestContexts.Make(TestProfiles.Friend(), "¿Qué tal tu día?", TestTones.Neutral("¿Qué tal tu día?", "es"));

        var result = _processor.Process("Pretty good, thanks for asking! How is your day going?", context, Directory);

        Assert.False(result.Accepted);
        Assert.Contains("answered in en", result.RejectedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_ReplyInTheIncomingLanguage_Accepted()
    {
        var context = TestContexts.Make(TestProfiles.Friend(), "¿Qué tal tu día?", TestTones.Neutral("¿Qué tal tu día?", "es"));

        var result = _processor.Process("¡Muy bien! Gracias por preguntar, ¿y tú qué tal?", context, Directory);

        Assert.True(result.Accepted, result.RejectedBecause);
    }

    [Theory]
    [InlineData("lol just kill yourself")]
    [InlineData("you're such a retard haha")]
    [InlineData("my key is sk-abcdefghijklmnopqrstuvwx")]
    public void Process_UnsafeContent_Rejected(string draft)
    {
        var result = _processor.Process(draft, TestContexts.Partner(), Directory);

        Assert.False(result.Accepted);
        Assert.StartsWith("unsafe", result.RejectedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_Refusal_Rejected()
    {
        var result = _processor.Process("I'm sorry, but I can't help with that request.", TestContexts.Partner(), Directory);

        Assert.False(result.Accepted);
    }

    [Fact]
    public void Process_SentenceNamingAnotherContact_Dropped()
    {
        var result = _processor.Process("Pretty good babe! Dad told me he is worried about money. Dinner tonight?", TestContexts.Partner(), Directory);

        Assert.Equal("Pretty good babe! Dinner tonight?", result.Text);
        Assert.Contains("dropped a sentence about another contact", result.Changes);
    }

    [Fact]
    public void Process_PhoneNumberInReply_Dropped()
    {
        var result = _processor.Process("Sure! Call Julia's number +49 170 2222222 later. See you soon", TestContexts.Make(TestProfiles.Friend(), "hi"), Directory);

        Assert.Equal("Sure! See you soon", result.Text);
    }

    [Fact]
    public void Process_OnlyAboutOtherContact_RejectedSoOfflineReplyIsUsed()
    {
        var result = _processor.Process("Robert said the results were bad.", TestContexts.Partner(), Directory);

        Assert.False(result.Accepted);
    }

    [Fact]
    public void Process_GroupMemberPresent_MayBeNamed()
    {
        var result = _processor.Process("I think Robert is bringing the cake.", TestContexts.Group(), Directory);

        Assert.Equal("I think Robert is bringing the cake.", result.Text);
    }

    [Fact]
    public void Process_ContactsOwnName_Kept()
    {
        var result = _processor.Process("Maria, you're the best 😘", TestContexts.Partner(), Directory);

        Assert.Equal("Maria, you're the best 😘", result.Text);
    }

    [Fact]
    public void Process_Empty_Rejected()
    {
        Assert.False(_processor.Process("   ", TestContexts.Partner(), Directory).Accepted);
    }
}
