using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Agent.Tests.Replies.PostProcessing;

/// <summary>A model's draft is written in the owner's habits with this contact, not only their emoji policy.</summary>
public sealed class OwnerHabitsPostProcessingTests
{
    [Fact]
    public void Process_LowercaseShorthandFriend_DraftTakesTheirHabits()
    {
        var style = new StyleFingerprint
        {
            MessageCount = 120, CapitalizedRate = 0.04, PeriodRate = 0.03, ExclamationRate = 0.02, QuestionRate = 0.2,
            Shorthand = new Dictionary<string, double> { ["u"] = 0.5, ["lol"] = 0.3 },
        };
        var context = TestContexts.Make(TestProfiles.Make("Jake", Relationship.Friend, EmojiPolicy.None, style: style), "are you around later?");

        var result = TestPrompts.PostProcessor().Process("Haha, yes! I will call you later.", context, []);

        Assert.Equal("lol, yes! i will call u later", result.Text);
        Assert.Contains("written in the owner's habits", result.Changes);
    }
}
