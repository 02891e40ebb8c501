using WhatStyle.Agent.Demo;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Agent.Tests.Scenarios;

/// <summary>Only the owner's own words teach the style: replies WhatStyle writes are recorded as said, marked as its own.</summary>
public sealed class OwnerWordsTests
{
    [Fact]
    public async Task Reply_ModelWritesIt_RecordedAsSaidMarkedAndNotLearned()
    {
        await using var harness = await AgentHarness.StartAsync(new ScriptedChatClient { DefaultReply = "haha sure, 8 works for me" });
        var before = (await harness.ProfileAsync(DemoWorld.Friend)).Style.MessageCount;

        var reply = await harness.ReplyAsync(DemoWorld.Friend, "dinner at 8?");

        var profile = await harness.ProfileAsync(DemoWorld.Friend);
        var last = await LastOutgoingAsync(harness, profile.Contact.Id);
        Assert.Equal(reply.Text, last.Text);
        Assert.True(last.WrittenByWhatStyle);
        Assert.Equal(before, profile.Style.MessageCount);
        Assert.DoesNotContain(
            await harness.Memory.FindSimilarExchangesAsync(profile.Contact.Id, "dinner at 8?", 10, TestContext.Current.CancellationToken),
            x => x.Reply.Contains(reply.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reply_OfflineResponderWritesIt_RecordedAsSaidMarkedAndNotLearned()
    {
        await using var harness = await AgentHarness.StartAsync();
        harness.Model.Fail(ScriptedChatClient.NoneConfigured());
        var before = (await harness.ProfileAsync(DemoWorld.Friend)).Style.MessageCount;

        var reply = await harness.ReplyAsync(DemoWorld.Friend, "How's your day going?");

        var profile = await harness.ProfileAsync(DemoWorld.Friend);
        var last = await LastOutgoingAsync(harness, profile.Contact.Id);
        Assert.Equal("offline", reply.Provider);
        Assert.Equal(reply.Text, last.Text);
        Assert.True(last.WrittenByWhatStyle);
        Assert.Equal(before, profile.Style.MessageCount);
    }

    private static async Task<ConversationMessage> LastOutgoingAsync(AgentHarness harness, string contactId)
    {
        var context = await harness.Memory.GetContextAsync(contactId, 50, TestContext.Current.CancellationToken);
        return context.Recent.Last(m => m.Direction == MessageDirection.Outgoing);
    }
}
