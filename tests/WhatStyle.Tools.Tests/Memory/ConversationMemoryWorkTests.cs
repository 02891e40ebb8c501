using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Memory;

/// <summary>How much storage work memory does: counted on the repositories, never timed.</summary>
public sealed class ConversationMemoryWorkTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 18, 0, 0, TimeSpan.Zero);
    private readonly TempDataDirectory _data = new();
    private readonly RepositoryCallCounts _counts = new();
    private readonly ServiceProvider _services;
    private readonly IContactDirectory _contacts;
    private readonly IGroupDirectory _groups;
    private readonly IConversationMemory _memory;

    public ConversationMemoryWorkTests()
    {
        _services = _data.BuildServices(toneAnalyzer: new FakeToneAnalyzer(), configure: _counts.Decorate);
        _contacts = _services.GetRequiredService<IContactDirectory>();
        _groups = _services.GetRequiredService<IGroupDirectory>();
        _memory = _services.GetRequiredService<IConversationMemory>();
    }

    [Fact]
    public async Task GetContextAsync_ToneAndPromptLimitsOfOneReply_BuildTheContextOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        var anna = await _contacts.GetOrCreateAsync("Anna", ct);
        await _memory.RecordManyAsync(Chat(anna.Contact.Id, null, 12), ct);

        // analyze_tone asks for 5 messages, the agent's get_conversation_context for 8: one build serves both.
        var forTone = await _memory.GetContextAsync(anna.Contact.Id, 5, ct);
        var forPrompt = await _memory.GetContextAsync(anna.Contact.Id, 8, ct);

        Assert.Equal(1, _counts["CountAsync"]);
        Assert.Equal(["message 7", "message 8", "message 9", "message 10", "message 11"], forTone.Recent.Select(m => m.Text));
        Assert.Equal(["message 4", "message 5", "message 6", "message 7", "message 8", "message 9", "message 10", "message 11"], forPrompt.Recent.Select(m => m.Text));
        Assert.Equal(forTone.Summary, forPrompt.Summary);
        Assert.Equal(forTone.ToneTrend, forPrompt.ToneTrend);
    }

    [Fact]
    public async Task GetContextAsync_GroupCutToTheLatest_NamesOnlySendersStillInIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var anna = await _contacts.GetOrCreateAsync("Anna", ct);
        var ben = await _contacts.GetOrCreateAsync("Ben", ct);
        var group = await _groups.GetOrCreateAsync("Family", ct);
        await _memory.RecordManyAsync(
        [
            new ConversationMessage("g1", anna.Contact.Id, group.Group.Id, MessageDirection.Incoming, "lunch at 1?", Start),
            new ConversationMessage("g2", ben.Contact.Id, group.Group.Id, MessageDirection.Incoming, "works for me", Start.AddMinutes(1)),
        ], ct);

        var latest = await _memory.GetContextAsync(group.Group.Id, 1, ct);
        var both = await _memory.GetContextAsync(group.Group.Id, 2, ct);

        Assert.Equal(["works for me"], latest.Recent.Select(m => m.Text));
        Assert.Equal([ben.Contact.Id], latest.Senders!.Keys);
        Assert.Equal(2, both.Senders!.Count);
        Assert.Equal(1, _counts["CountAsync"]);
    }

    [Fact]
    public async Task RecordAsync_IncomingOrGroupMessage_KeepsContactLookupsCached()
    {
        var ct = TestContext.Current.CancellationToken;
        var anna = await _contacts.GetOrCreateAsync("Anna", ct);
        var group = await _groups.GetOrCreateAsync("Family", ct);
        await _contacts.FindAsync("Anna", ct);
        var lookups = _counts["Contacts.FindByKeyAsync"];

        await _memory.RecordAsync(new ConversationMessage("in-1", anna.Contact.Id, null, MessageDirection.Incoming, "hi!", Start), ct);
        await _memory.RecordAsync(new ConversationMessage("out-g", group.Group.Id, group.Group.Id, MessageDirection.Outgoing, "hi all", Start.AddMinutes(1)), ct);
        await _contacts.FindAsync("Anna", ct);

        Assert.Equal(lookups, _counts["Contacts.FindByKeyAsync"]);
    }

    [Fact]
    public async Task RecordAsync_OwnersOneToOneMessage_RefreshesTheCachedProfilesStyle()
    {
        var ct = TestContext.Current.CancellationToken;
        var anna = await _contacts.GetOrCreateAsync("Anna", ct);
        Assert.Equal(0, (await _contacts.FindAsync("Anna", ct))!.Style.MessageCount);

        await _memory.RecordAsync(new ConversationMessage("out-1", anna.Contact.Id, null, MessageDirection.Outgoing, "hey you", Start), ct);

        Assert.Equal(1, (await _contacts.FindAsync("Anna", ct))!.Style.MessageCount);
    }

    [Fact]
    public async Task GetContextAsync_OneToOne_ReadsOnlyTheGroupsTheContactIsIn()
    {
        var ct = TestContext.Current.CancellationToken;
        var anna = await _contacts.GetOrCreateAsync("Anna", ct);
        var ben = await _contacts.GetOrCreateAsync("Ben", ct);
        var family = await _groups.AddMembersAsync((await _groups.GetOrCreateAsync("Family", ct)).Group.Id, [anna.Contact.Id], ct);
        var work = await _groups.AddMembersAsync((await _groups.GetOrCreateAsync("Work", ct)).Group.Id, [ben.Contact.Id], ct);
        await _memory.RecordManyAsync(
        [
            new ConversationMessage("f1", anna.Contact.Id, family.Group.Id, MessageDirection.Incoming, "so happy today", Start),
            new ConversationMessage("w1", ben.Contact.Id, work.Group.Id, MessageDirection.Incoming, "meeting at 3", Start),
        ], ct);
        var workReads = _counts["RecentAsync:" + ConversationKeys.ForGroup(work.Group.Id)];

        var context = await _memory.GetContextAsync(anna.Contact.Id, 10, ct);

        // Her group message counts toward her trend; the group she is not in is never read, and no group list is scanned.
        Assert.Equal(1, context.ToneTrend.MessageCount);
        Assert.Equal(0, _counts["Groups.ListAsync"]);
        Assert.Equal(1, _counts["Groups.ListByMemberAsync"]);
        Assert.Equal(workReads, _counts["RecentAsync:" + ConversationKeys.ForGroup(work.Group.Id)]);
    }

    private static List<ConversationMessage> Chat(string contactId, string? groupId, int count) =>
        [.. Enumerable.Range(0, count).Select(i => new ConversationMessage(
            $"{contactId}-{i}", contactId, groupId, i % 2 == 0 ? MessageDirection.Incoming : MessageDirection.Outgoing, $"message {i}", Start.AddMinutes(i)))];

    public void Dispose()
    {
        _services.Dispose();
        _data.Dispose();
    }
}
