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

    [Fact]
    public async Task Reply_OfflineReusesOwnWords_RecordedAsWrittenByWhatStyleNotLearnedNorANewExample()
    {
        // The owner once answered a thank-you themselves; offline, WhatStyle says the same again. That reuse is WhatStyle's
        // message: were it learned, the owner's one reply would count twice and then keep echoing itself.
        await using var harness = await AgentHarness.StartAsync();
        harness.Model.Fail(ScriptedChatClient.NoneConfigured());
        var ct = TestContext.Current.CancellationToken;
        var friend = (await harness.ProfileAsync(DemoWorld.Friend)).Contact.Id;
        var at = harness.Time.GetUtcNow().AddDays(-2);
        await harness.Memory.RecordManyAsync(
        [
            new ConversationMessage("own-1", friend, null, MessageDirection.Incoming, "thank you so much for the help", at),
            new ConversationMessage("own-2", friend, null, MessageDirection.Outgoing, "anytime mate", at.AddMinutes(3)),
        ], ct);
        var before = (await harness.ProfileAsync(DemoWorld.Friend)).Style.MessageCount;

        var reply = await harness.ReplyAsync(DemoWorld.Friend, "thank you so much for the help");

        var last = await LastOutgoingAsync(harness, friend);
        Assert.Equal("offline", reply.Provider);
        Assert.Contains("anytime mate", reply.Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(last.WrittenByWhatStyle);
        Assert.Equal(before, (await harness.ProfileAsync(DemoWorld.Friend)).Style.MessageCount);
        var examples = await harness.Memory.FindSimilarExchangesAsync(friend, "thank you so much for the help", 10, ct);
        Assert.Single(examples, x => x.Reply.Contains("anytime", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<ConversationMessage> LastOutgoingAsync(AgentHarness harness, string contactId)
    {
        var context = await harness.Memory.GetContextAsync(contactId, 50, TestContext.Current.CancellationToken);
        return context.Recent.Last(m => m.Direction == MessageDirection.Outgoing);
    }
}
