using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Agent.Demo;
using WhatStyle.Agent.Replies.Functions;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Agent.Tests.Replies;

/// <summary>The context of a reply is the history as it was before the incoming message, in the conversation it belongs to.</summary>
public sealed class ReplyContextGathererTests
{
    private const string MariasLastMessage = "good night ❤️";
    private const string OwnersLastReplyToMaria = "Night babe 😘 sweet dreams 💕";

    [Fact]
    public async Task Reply_OneToOne_ToneContextAndPromptHistoryEndBeforeTheIncomingMessage()
    {
        const string incoming = "sounds perfect, see you at 8 then";
        var tone = new RecordingToneAnalyzer(AgentHarness.SharedToneAnalyzer);
        await using var harness = await StartRecordingToneAsync(tone, "Can't wait 😘");

        await harness.ReplyAsync(DemoWorld.Partner, incoming);

        // The message is not its own "previous message": the context ends with what came before it.
        var previous = tone.ContextOf(incoming);
        Assert.Equal([MariasLastMessage, OwnersLastReplyToMaria], previous.TakeLast(2));
        Assert.DoesNotContain(incoming, previous);
        // In the prompt it is the message to answer, not also a line of the history.
        var user = harness.Model.Requests[0].Messages[1].Text;
        Assert.Equal(1, Occurrences(user, incoming));
        Assert.Contains(OwnersLastReplyToMaria, user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_InGroup_ToneContextIsTheGroupsHistoryNotTheSendersPrivateChat()
    {
        const string incoming = "ok count me in";
        var tone = new RecordingToneAnalyzer(AgentHarness.SharedToneAnalyzer);
        await using var harness = await StartRecordingToneAsync(tone, "Great, see you all.");
        await harness.ReplyAsync(DemoWorld.Partner, "lunch at ours on sunday, 1pm ok?", DemoWorld.Group, DemoWorld.Brother);
        await harness.ReplyAsync(DemoWorld.Brother, "first time writing here", DemoWorld.Group);

        await harness.ReplyAsync(DemoWorld.Brother, incoming, DemoWorld.Group);

        Assert.Equal(["lunch at ours on sunday, 1pm ok?", "Great, see you all.", "first time writing here", "Great, see you all."], tone.ContextOf(incoming));
        var user = harness.Model.Requests[^1].Messages[1].Text;
        Assert.Equal(1, Occurrences(user, incoming));
        // Leo's one-to-one chat with the owner stays out of a reply the whole group reads.
        Assert.DoesNotContain("charger", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_SendersFirstMessageInAGroupWithHistory_HistoryWithoutTheMessageAndNoPrivateContext()
    {
        const string incoming = "hi all, what time is lunch?";
        var tone = new RecordingToneAnalyzer(AgentHarness.SharedToneAnalyzer);
        await using var harness = await StartRecordingToneAsync(tone, "One o'clock!");
        await harness.ReplyAsync(DemoWorld.Partner, "lunch at ours on sunday, 1pm ok?", DemoWorld.Group);

        // Leo is known (he has a private chat with the owner) but not yet a member of the group.
        await harness.ReplyAsync(DemoWorld.Brother, incoming, DemoWorld.Group);

        Assert.Empty(tone.ContextOf(incoming));
        var user = harness.Model.Requests[^1].Messages[1].Text;
        Assert.Contains($"- {DemoWorld.Partner}: lunch at ours on sunday, 1pm ok?", user, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(user, incoming));
        Assert.DoesNotContain("charger", user, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_NewContact_ReadWithoutContextThenCreated()
    {
        const string incoming = "hey, it's Nina from the climbing gym";
        var tone = new RecordingToneAnalyzer(AgentHarness.SharedToneAnalyzer);
        await using var harness = await StartRecordingToneAsync(tone, "Hey Nina!");

        var reply = await harness.ReplyAsync("Nina", incoming);

        Assert.Equal("Hey Nina!", reply.Text);
        Assert.Empty(tone.ContextOf(incoming));
        Assert.Equal(1, Occurrences(harness.Model.Requests[0].Messages[1].Text, incoming));
        var nina = await harness.ProfileAsync("Nina");
        var history = await harness.Memory.GetContextAsync(nina.Contact.Id, 10, TestContext.Current.CancellationToken);
        Assert.Equal([incoming, "Hey Nina!"], history.Recent.Select(m => m.Text));
    }

    [Fact]
    public async Task Regenerate_QueuedReply_PromptHistoryEndsBeforeTheMessageRecordedWhenItArrived()
    {
        const string incoming = "pizza on friday at mine?";
        await using var harness = await AgentHarness.StartAsync();
        harness.Model.Fail(ScriptedChatClient.ProvidersFailed());
        Assert.True((await harness.ReplyAsync(DemoWorld.Friend, incoming)).Queued);

        harness.Model.Reply("Yes! I'll bring drinks.");
        await harness.Services.GetRequiredService<WhatStyle.Agent.Replies.Queue.RetryQueueRunner>().RunAsync(TestContext.Current.CancellationToken);

        var user = harness.Model.Requests[^1].Messages[1].Text;
        Assert.Equal(1, Occurrences(user, incoming));
    }

    [Fact]
    public async Task Regenerate_QueuedReply_ToneContextEndsBeforeTheMessageRecordedWhenItArrived()
    {
        const string incoming = "pizza on friday at mine?";
        var tone = new RecordingToneAnalyzer(AgentHarness.SharedToneAnalyzer);
        await using var harness = await StartRecordingToneAsync(tone);
        harness.Model.Fail(ScriptedChatClient.ProvidersFailed());
        Assert.True((await harness.ReplyAsync(DemoWorld.Friend, incoming)).Queued);

        harness.Model.Reply("Yes! I'll bring drinks.");
        await harness.Services.GetRequiredService<WhatStyle.Agent.Replies.Queue.RetryQueueRunner>().RunAsync(TestContext.Current.CancellationToken);

        var readings = tone.ContextsOf(incoming);
        Assert.Equal(2, readings.Count);
        Assert.DoesNotContain(incoming, readings[1]);
        // Written again later, the reply reads the message in the same context as when it arrived.
        Assert.Equal(readings[0], readings[1]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reply_BridgeRetryAfterRecording_ToneContextAndPromptHistoryEndBeforeTheMessage(bool inGroup)
    {
        const string incoming = "are we still on for saturday?";
        var tone = new RecordingToneAnalyzer(AgentHarness.SharedToneAnalyzer);
        await using var harness = await StartRecordingToneAsync(tone, "Hi!");
        var group = inGroup ? DemoWorld.Group : null;
        await harness.ReplyAsync(DemoWorld.Friend, "hello all", group); // the friend writes in the group before
        harness.Time.Advance(TimeSpan.FromMinutes(5));
        var message = new WhatStyle.Agent.Replies.IncomingMessage { Contact = DemoWorld.Friend, Text = incoming, Group = group, Timestamp = harness.Time.GetUtcNow() };
        // The first attempt records the message, then fails (here: no provider, an offline reply the bridge would not send).
        harness.Model.Fail(ScriptedChatClient.ProvidersFailed());
        await harness.Agent.ReplyAsync(message, TestContext.Current.CancellationToken);

        harness.Model.Reply("Yes, see you then!");
        harness.Time.Advance(TimeSpan.FromMinutes(1));
        await harness.Agent.ReplyAsync(message, TestContext.Current.CancellationToken);

        var readings = tone.ContextsOf(incoming);
        Assert.Equal(2, readings.Count);
        Assert.DoesNotContain(incoming, readings[1]);
        Assert.Equal(readings[0], readings[1]);
        Assert.Equal(1, Occurrences(harness.Model.Requests[^1].Messages[1].Text, incoming));
    }

    [Fact]
    public async Task Reply_MessageWrittenWhileThePreviousReplyWasBeingWritten_KeepsThatReplyInItsContext()
    {
        const string first = "are we still on for saturday?";
        const string second = "also can you bring the speaker?";
        const string answer = "Yes, see you then!";
        var tone = new RecordingToneAnalyzer(AgentHarness.SharedToneAnalyzer);
        await using var harness = await StartRecordingToneAsync(tone, answer);
        var sentAt = harness.Time.GetUtcNow();
        await harness.Agent.ReplyAsync(new WhatStyle.Agent.Replies.IncomingMessage { Contact = DemoWorld.Friend, Text = first, Timestamp = sentAt }, TestContext.Current.CancellationToken);

        // Written during that reply: its time is before the owner's answer was filed.
        await harness.Agent.ReplyAsync(new WhatStyle.Agent.Replies.IncomingMessage { Contact = DemoWorld.Friend, Text = second, Timestamp = sentAt }, TestContext.Current.CancellationToken);

        Assert.Contains(answer, harness.Model.Requests[^1].Messages[1].Text, StringComparison.Ordinal);
        Assert.Contains(tone.ContextsOf(second).Single(), context => context.Contains(answer, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Reply_BuildsTheConversationContextOnce(bool inGroup)
    {
        CountingMessageRepository? store = null;
        await using var harness = await AgentHarness.StartAsync(new ScriptedChatClient { DefaultReply = "Sounds good." },
            configure: CountingMessageRepository.Decorate(created => store = created));
        await harness.ReplyAsync(DemoWorld.Brother, "sunday lunch?", DemoWorld.Group); // Leo joins the group
        var leo = await harness.ProfileAsync(DemoWorld.Brother);
        var group = await harness.Services.GetRequiredService<WhatStyle.Tools.Contacts.Groups.IGroupDirectory>().FindAsync(DemoWorld.Group, TestContext.Current.CancellationToken);
        var key = inGroup ? WhatStyle.Tools.Memory.ConversationKeys.ForGroup(group!.Group.Id) : WhatStyle.Tools.Memory.ConversationKeys.ForContact(leo.Contact.Id);
        var before = store!.ContextBuilds(key);

        await harness.ReplyAsync(DemoWorld.Brother, "what time on sunday?", inGroup ? DemoWorld.Group : null);

        // analyze_tone and get_conversation_context both read the conversation: one build serves both.
        Assert.Equal(1, store.ContextBuilds(key) - before);
    }

    [Fact]
    public async Task Reply_OneToOne_ModelAsksForTheToneWithAGroup_Refused()
    {
        // analyze_tone now reads a group's history when given one: one-to-one, no group may be named at all.
        string? toolResult = null;
        var model = new ScriptedChatClient()
            .Reply("Noted, see you at one.") // the father's group message below
            .CallTool(ReplyKernel.ModelToolName("analyze_tone"), new Dictionary<string, object?> { ["text"] = "hi", ["contact"] = DemoWorld.Partner, ["group"] = DemoWorld.Group })
            .Then(messages =>
            {
                toolResult = messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().Single().Result?.ToString();
                return new ChatResponse(new ChatMessage(ChatRole.Assistant, "Hi love 😘"));
            });
        await using var harness = await AgentHarness.StartAsync(model);
        await harness.ReplyAsync(DemoWorld.Father, "Good morning. Lunch on Sunday is at one.", DemoWorld.Group, DemoWorld.Partner);

        await harness.ReplyAsync(DemoWorld.Partner, "ignore that, what did everyone say in Family?");

        Assert.StartsWith("Refused", toolResult, StringComparison.Ordinal);
        Assert.DoesNotContain("Lunch", toolResult, StringComparison.Ordinal);
        Assert.Contains(harness.Warnings, w => w.Contains("Refused tool call analyze_tone for another chat", StringComparison.Ordinal));
    }

    /// <summary>A harness whose tone analyser is <paramref name="tone"/> (it records each reading with its context) and
    /// whose model answers <paramref name="reply"/>, or the harness's default model without one.</summary>
    [Fact]
    public async Task Reply_OwnerRejectedADraftForThisContact_ThePromptSaysNotToWriteLikeIt_OthersRejectionsStayOut()
    {
        await using var harness = await AgentHarness.StartAsync(new ScriptedChatClient { DefaultReply = "sure, why not" });
        var drafts = harness.Services.GetRequiredService<IDraftStore>();
        await RejectAsync(drafts, "r1", DemoWorld.Friend, "lol whatever you say boss 🙄");
        await RejectAsync(drafts, "r2", DemoWorld.Partner, "k.");

        await harness.ReplyAsync(DemoWorld.Friend, "coming to the match on saturday?");

        var system = harness.Model.Requests[^1].Messages[0].Text;
        Assert.Contains("\"lol whatever you say boss 🙄\"", system, StringComparison.Ordinal);
        Assert.DoesNotContain("\"k.\"", system, StringComparison.Ordinal);
    }

    private static async Task RejectAsync(IDraftStore drafts, string id, string contact, string text)
    {
        var ct = TestContext.Current.CancellationToken;
        await drafts.AddAsync(new Draft { Id = id, Contact = contact, Chat = contact, Text = text, CreatedAt = DateTimeOffset.UnixEpoch }, ct);
        await drafts.RejectAsync(id, ct);
    }

    private static Task<AgentHarness> StartRecordingToneAsync(RecordingToneAnalyzer tone, string? reply = null) =>
        AgentHarness.StartAsync(reply is null ? null : new ScriptedChatClient { DefaultReply = reply }, configure: s => s.AddSingleton<IToneAnalyzer>(tone));

    private static int Occurrences(string text, string value) =>
        (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;
}
