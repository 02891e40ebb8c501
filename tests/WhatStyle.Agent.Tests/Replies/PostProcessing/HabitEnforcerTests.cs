using WhatStyle.Agent.Replies.PostProcessing;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Agent.Tests.Replies.PostProcessing;

public sealed class HabitEnforcerTests
{
    private static readonly StyleFingerprint LowercaseFriend = new()
    {
        MessageCount = 200, CapitalizedRate = 0.05, PeriodRate = 0.05, ExclamationRate = 0.03, QuestionRate = 0.2, EmojiRate = 0.1,
        Shorthand = new Dictionary<string, double> { ["u"] = 0.4, ["lol"] = 0.25, ["pls"] = 0.1 },
    };

    private static readonly StyleFingerprint Formal = new() { MessageCount = 200, CapitalizedRate = 0.97, PeriodRate = 0.8, ExclamationRate = 0.02, QuestionRate = 0.1 };

    [Fact]
    public void Apply_LowercaseShorthandWriter_WritesLikeThem()
    {
        var text = HabitEnforcer.Apply("Haha, thank you! Are you free later? Please call me.", LowercaseFriend);

        Assert.Equal("lol, thank u! are u free later? pls call me", text);
    }

    [Fact]
    public void Apply_FormalWriter_CapitalisesAndEndsWithFullStop()
    {
        var text = HabitEnforcer.Apply("sounds good, see you then!", Formal);

        Assert.Equal("Sounds good, see you then.", text);
    }

    [Fact]
    public void Apply_RareEmojiUser_DropsTemplateEmoji()
    {
        Assert.Equal("no problem", HabitEnforcer.Apply("No problem! 👍", LowercaseFriend));
    }

    [Fact]
    public void Apply_HeavyEmojiUser_UsesTheirOwnEmoji()
    {
        var partner = new StyleFingerprint { MessageCount = 100, CapitalizedRate = 0.9, EmojiRate = 2.1, TopEmoji = ["❤️", "😘"], ExclamationRate = 0.6 };

        Assert.Equal("Congrats! ❤️😘", HabitEnforcer.Apply("Congrats! 🎉", partner));
    }

    [Fact]
    public void Apply_EndingTheOwnerOftenUses_IsKept()
    {
        // Four in ten messages end in a kiss sign-off; of the rest, "!" and "." are both theirs.
        var partner = new StyleFingerprint
        {
            MessageCount = 100, CapitalizedRate = 0.9, EmojiRate = 0, ExclamationRate = 0.2, PeriodRate = 0.25, QuestionRate = 0.15,
            Closers = ["xx"], Shorthand = new Dictionary<string, double> { ["xx"] = 0.4 },
        };

        Assert.Equal("No worries!", HabitEnforcer.Apply("No worries!", partner));
        Assert.Equal("Let me check.", HabitEnforcer.Apply("Let me check", partner));
    }

    [Fact]
    public void Apply_HeavyEmojiUser_TemplateEmojiInsideTheTextTakenOut()
    {
        var partner = new StyleFingerprint { MessageCount = 100, CapitalizedRate = 0.9, EmojiRate = 2.1, TopEmoji = ["❤️", "😘"], PeriodRate = 0.9 };

        Assert.Equal("Good question. Let me check. ❤️😘", HabitEnforcer.Apply("Good question 😊 Let me check 💕", partner));
    }

    [Fact]
    public void Apply_FewMessagesKnown_ChangesNothing()
    {
        var young = LowercaseFriend with { MessageCount = 3 };

        Assert.Equal("Thank you!", HabitEnforcer.Apply("Thank you!", young));
    }

    // Sam after the demo's pizza-and-games evening: 3.3 emoji a message, 😂 first.
    private static readonly StyleFingerprint Sam = new() { MessageCount = 20, CapitalizedRate = 0.9, PeriodRate = 0.5, EmojiRate = 3.3, TopEmoji = ["😂", "🙌", "🍕"] };

    [Fact]
    public void Apply_RequestAcknowledgement_NoLaughNoThing()
    {
        var text = HabitEnforcer.Apply("Sure, I'll look at it and get back to you.", Sam, ReplyMood.Plain);

        Assert.Equal("Sure, I'll look at it and get back to you. 🙌", text);
    }

    [Fact]
    public void Apply_PlayfulReply_KeepsTheLaugh()
    {
        Assert.Equal("Haha okay, tell me more 😂🙌🍕", HabitEnforcer.Apply("Haha okay, tell me more", Sam, ReplyMood.Playful));
    }

    [Fact]
    public void Apply_EmojiInTheText_TopsUpWithoutRepeating()
    {
        var partner = new StyleFingerprint { MessageCount = 100, CapitalizedRate = 0.9, EmojiRate = 2, TopEmoji = ["😘", "❤️"], QuestionRate = 0.3 };

        var text = HabitEnforcer.Apply("Better now that you texted 😘 How's your day?", partner);

        Assert.Equal("Better now that you texted 😘 How's your day? ❤️", text);
    }

    [Fact]
    public void Apply_SadNews_TemplateEmojiIsNotSwappedForALaugh()
    {
        var friend = new StyleFingerprint { MessageCount = 100, CapitalizedRate = 0.9, PeriodRate = 0.5, EmojiRate = 1.2, TopEmoji = ["😂", "❤️"] };

        Assert.Equal("I'm so sorry", HabitEnforcer.Apply("I'm so sorry 💔", friend, ReplyMood.Solemn));
        Assert.Equal("I'm so sorry ❤️", HabitEnforcer.Apply("I'm so sorry ❤️", friend, ReplyMood.Solemn));
    }
}
