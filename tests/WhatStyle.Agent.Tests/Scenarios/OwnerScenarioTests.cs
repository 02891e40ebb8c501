using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Agent.Demo;
using WhatStyle.Agent.Replies.PostProcessing;
using WhatStyle.Agent.Tests.Support;

namespace WhatStyle.Agent.Tests.Scenarios;

/// <summary>The conversations the owner described, end to end: real domain, real in-process MCP, scripted model.</summary>
public sealed class OwnerScenarioTests
{
    [Fact]
    public async Task Reply_PartnerCasual_OneModelCallWarmPromptEmojiKept()
    {
        await using var harness = await AgentHarness.StartAsync();
        harness.Model.Reply("Hey love! Just working on my project 😊 Missing you! What are you up to? 💕");

        var reply = await harness.ReplyAsync(DemoWorld.Partner, "hey babe 😘 what's up?");

        // Trimmed at a sentence boundary to Maria's typical length; her emoji-rich style is kept.
        Assert.StartsWith("Hey love! Just working on my project 😊", reply.Text, StringComparison.Ordinal);
        Assert.True(EmojiText.Count(reply.Text) >= 1);
        Assert.Equal("mistral", reply.Provider);
        Assert.False(reply.Fallback);
        Assert.Equal(1, reply.LlmCalls);
        Assert.True(reply.ToolCalls >= 5, $"context is gathered through MCP tool calls ({reply.ToolCalls})");
        var system = harness.Model.Requests[0].Messages[0].Text;
        Assert.Contains("warm and affectionate", system, StringComparison.Ordinal);
        Assert.Contains("Missing you 💕", system, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_FatherFormal_EmojiRemovedRespectfulPrompt()
    {
        await using var harness = await AgentHarness.StartAsync();
        harness.Model.Reply("Good morning Dad. My studies are going well, thank you for asking 😊. How are you doing?");

        var reply = await harness.ReplyAsync("Dad", "Good morning. How are your studies going?");

        Assert.Equal(0, EmojiText.Count(reply.Text));
        Assert.StartsWith("Good morning Dad.", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Sticker);
        var system = harness.Model.Requests[0].Messages[0].Text;
        Assert.Contains("respectful", system, StringComparison.Ordinal);
        Assert.Contains("Emoji: none at all.", system, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_BrotherSad_SupportiveStickerAndEmpathyGuidance()
    {
        await using var harness = await AgentHarness.StartAsync();
        harness.Model.Reply("Aw man, that sucks 😞 Don't worry bro, you'll get it next time! Want to talk about it?");

        var reply = await harness.ReplyAsync(DemoWorld.Brother, "failed my exam again 😞 feeling terrible");

        Assert.True(reply.Tone!.NeedsSupport);
        Assert.NotNull(reply.Sticker);
        Assert.True(File.Exists(reply.Sticker.FilePath), reply.Sticker.FilePath);
        Assert.Contains("No jokes", harness.Model.Requests[0].Messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("bro", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_ProvidersFail_OfflineReplyQueuedThenRegeneratedWhenHealthy()
    {
        await using var harness = await AgentHarness.StartAsync();
        harness.Model.Fail(ScriptedChatClient.ProvidersFailed());

        var reply = await harness.ReplyAsync(DemoWorld.Friend, "How's your day going?");

        Assert.Equal("offline", reply.Provider);
        Assert.True(reply.Fallback);
        Assert.True(reply.Queued);
        Assert.Contains(reply.Text, new[] { "Pretty good! Thanks for asking 😊 How about you?", "All good here, thanks! 😄 How about you?" });
        var pending = await harness.Queue.ListAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.Single(pending);

        harness.Model.Reply("Pretty chill, just got back from the gym. You?");
        var runner = harness.Services.GetRequiredService<WhatStyle.Agent.Replies.Queue.RetryQueueRunner>();
        var result = await runner.RunAsync(TestContext.Current.CancellationToken);

        var done = Assert.Single(result.Regenerated);
        Assert.Equal("Pretty chill, just got back from the gym. You?", done.Draft);
        Assert.Empty(await harness.Queue.ListAsync(cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Reply_NoProviderConfigured_OfflineReplyNotQueued()
    {
        await using var harness = await AgentHarness.StartAsync();
        harness.Model.Fail(ScriptedChatClient.NoneConfigured());

        var reply = await harness.ReplyAsync(DemoWorld.Friend, "How's your day going?");

        Assert.Equal("offline", reply.Provider);
        Assert.False(reply.Queued);
        Assert.Equal("no provider is configured", reply.FallbackReason);
    }

    [Fact]
    public async Task Reply_ModelAnswersWithAssistantTellOnly_OfflineReplyInstead()
    {
        await using var harness = await AgentHarness.StartAsync();
        harness.Model.Reply("As an AI language model, I cannot have a day.");

        var reply = await harness.ReplyAsync(DemoWorld.Friend, "How's your day going?");

        Assert.Equal("offline", reply.Provider);
        Assert.False(reply.Queued);
        Assert.DoesNotContain("AI", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_GroupWithFather_AnswersSenderWithQuoteAtFormalFloor()
    {
        await using var harness = await AgentHarness.StartAsync();
        harness.Model.Reply("Good idea Leo 😂🎂 I can bring the cake on Sunday.");

        var reply = await harness.ReplyAsync(DemoWorld.Brother, "who's bringing the cake on sunday?", DemoWorld.Group, DemoWorld.Father, DemoWorld.Partner);

        Assert.Equal("who's bringing the cake on sunday?", reply.Quote);
        Assert.Equal(0, EmojiText.Count(reply.Text));
        var system = harness.Model.Requests[0].Messages[0].Text;
        Assert.Contains("Group chat: Family", system, StringComparison.Ordinal);
        Assert.Contains("at least as formal as formal", system, StringComparison.Ordinal);
        Assert.Contains("Robert", system, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_SeveralExchanges_ModelsRepliesNeverTeachTheProfile()
    {
        await using var harness = await AgentHarness.StartAsync(new ScriptedChatClient { DefaultReply = "haha yes!! 😂😂 see you there" });
        var before = (await harness.ProfileAsync(DemoWorld.Friend)).Style;

        foreach (var text in new[] { "party on friday?", "bring snacks pls", "also invite tom" })
        {
            await harness.ReplyAsync(DemoWorld.Friend, text);
        }

        var after = (await harness.ProfileAsync(DemoWorld.Friend)).Style;
        // Issue 13: a model's reply is WhatStyle's voice, not the owner's; learning from it would drift the style.
        Assert.Equal(before.MessageCount, after.MessageCount);
        Assert.Equal(before.EmojiRate, after.EmojiRate);
    }

    [Fact]
    public async Task Reply_EmptyText_ArgumentException()
    {
        await using var harness = await AgentHarness.StartAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => harness.ReplyAsync(DemoWorld.Friend, "  "));
    }

    [Fact]
    public async Task Reply_UnknownContactWithRelationship_CreatedAndAnswered()
    {
        await using var harness = await AgentHarness.StartAsync(new ScriptedChatClient { DefaultReply = "Hi! Nice to hear from you." });

        var reply = await harness.Agent.ReplyAsync(new WhatStyle.Agent.Replies.IncomingMessage
        {
            Contact = "Nina", Text = "Hi, it's Nina from the climbing gym!", Relationship = WhatStyle.Tools.Contacts.Relationship.Friend,
        }, TestContext.Current.CancellationToken);

        Assert.Equal("Hi! Nice to hear from you.", reply.Text);
        Assert.Equal(WhatStyle.Tools.Contacts.Relationship.Friend, (await harness.ProfileAsync("Nina")).Relationship);
    }
}
