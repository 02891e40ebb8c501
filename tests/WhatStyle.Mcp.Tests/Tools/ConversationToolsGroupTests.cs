using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Mcp.Tests.Support;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Mcp.Tests.Tools;

/// <summary>The optional <c>group</c> argument of <c>record_message</c> and <c>get_conversation_context</c>.</summary>
public sealed class ConversationToolsGroupTests
{
    [Fact]
    public async Task RecordMessage_WithGroup_FilesItInTheGroupWithItsSenderAndNotInTheSendersChat()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var recorded = (await client.CallAsync("record_message",
            new { contact = "Anna", direction = "incoming", text = "who brings the cake?", group = "Family", timestamp = "2026-05-02T09:00:00Z" })).Structured();

        var group = await context.Services.GetRequiredService<IGroupDirectory>().FindAsync("Family", TestContext.Current.CancellationToken);
        Assert.NotNull(group);
        Assert.Equal(group.Group.Id, recorded.GetProperty("groupId").GetString());
        Assert.Equal(context.Seeded.AnnaId, recorded.GetProperty("contactId").GetString());
        Assert.Contains(context.Seeded.AnnaId, group.Group.MemberIds);
        var memory = context.Services.GetRequiredService<IConversationMemory>();
        var stored = Assert.Single((await memory.GetContextAsync(group.Group.Id, 20, TestContext.Current.CancellationToken)).Recent);
        Assert.Equal((context.Seeded.AnnaId, group.Group.Id, "who brings the cake?"), (stored.ContactId, stored.GroupId, stored.Text));
        var annasChat = (await memory.GetContextAsync(context.Seeded.AnnaId, 100, TestContext.Current.CancellationToken)).Recent;
        Assert.DoesNotContain(annasChat, m => m.Text == "who brings the cake?");
    }

    [Fact]
    public async Task RecordMessage_SenderAlreadyAMember_GroupNotWrittenAgain()
    {
        CountingGroupWrites? groups = null;
        await using var context = await McpTestContext.CreateAsync(CountingGroupWrites.Decorate(created => groups = created));
        var client = await context.ConnectAsync();
        await client.CallAsync("record_message", new { contact = "Anna", direction = "incoming", text = "lunch at 1?", group = "Family", timestamp = "2026-05-02T09:00:00Z" });
        Assert.NotNull(groups);
        var afterJoining = groups.Updates;

        // (An outgoing message is left out: the owner's reply teaches the group's style, a write of its own.)
        await client.CallAsync("record_message", new { contact = "Anna", direction = "incoming", text = "or 2?", group = "Family", timestamp = "2026-05-02T09:01:00Z" });
        await client.CallAsync("record_message", new { contact = "Anna", direction = "incoming", text = "2 is better", group = "Family", timestamp = "2026-05-02T09:02:00Z" });
        Assert.Equal(afterJoining, groups.Updates);

        // A new member is still written, once.
        await client.CallAsync("record_message", new { contact = "Dad", direction = "incoming", text = "1 it is.", group = "Family", timestamp = "2026-05-02T09:03:00Z" });
        Assert.Equal(afterJoining + 1, groups.Updates);
        var group = await context.Services.GetRequiredService<IGroupDirectory>().FindAsync("Family", TestContext.Current.CancellationToken);
        Assert.Equal(new[] { context.Seeded.AnnaId, context.Seeded.DadId }.Order(StringComparer.Ordinal), group!.Group.MemberIds.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetConversationContext_WithGroup_ReturnsTheGroupsMessagesWithSenderNames()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();
        await client.CallAsync("record_message", new { contact = "Anna", direction = "incoming", text = "lunch at 1?", group = "Family", timestamp = "2026-05-02T09:00:00Z" });
        await client.CallAsync("record_message", new { contact = "Dad", direction = "incoming", text = "One o'clock suits me.", group = "Family", timestamp = "2026-05-02T09:05:00Z" });
        await client.CallAsync("record_message", new { contact = "Dad", direction = "outgoing", text = "See you both then.", group = "Family", timestamp = "2026-05-02T09:06:00Z" });

        var result = (await client.CallAsync("get_conversation_context", new { contact = "Anna", group = "family" })).Structured();

        var recent = result.GetProperty("recent").EnumerateArray().ToList();
        Assert.Equal(["lunch at 1?", "One o'clock suits me.", "See you both then."], recent.Select(m => m.GetProperty("text").GetString()));
        Assert.Equal(["incoming", "incoming", "outgoing"], recent.Select(m => m.GetProperty("direction").GetString()));
        var senders = result.GetProperty("senders");
        Assert.Equal("Anna", senders.GetProperty(context.Seeded.AnnaId).GetString());
        Assert.Equal("Dad", senders.GetProperty(context.Seeded.DadId).GetString());
    }

    [Fact]
    public async Task GetConversationContext_WithoutGroup_StillTheOneToOneChat()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();
        await client.CallAsync("record_message", new { contact = "Anna", direction = "incoming", text = "group only", group = "Family" });

        var result = (await client.CallAsync("get_conversation_context", new { contact = "Anna" })).Structured();

        Assert.DoesNotContain(result.GetProperty("recent").EnumerateArray(), m => m.GetProperty("text").GetString() == "group only");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, result.TryGetProperty("senders", out var senders) ? senders.ValueKind : System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task RecordMessage_WithGroup_SendersOwnToneTrendLearnsFromIt()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();
        var before = (await client.CallAsync("get_conversation_context", new { contact = "Anna" })).Structured()
            .GetProperty("toneTrend").GetProperty("messageCount").GetInt32();

        await client.CallAsync("record_message", new { contact = "Anna", direction = "incoming", text = "I'm so sad today 😢", group = "Family" });

        var after = (await client.CallAsync("get_conversation_context", new { contact = "Anna" })).Structured();
        Assert.Equal(before + 1, after.GetProperty("toneTrend").GetProperty("messageCount").GetInt32());
        Assert.DoesNotContain(after.GetProperty("recent").EnumerateArray(), m => m.GetProperty("text").GetString()!.Contains("sad", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dad", "Family", "not a member of the group 'Family'")]
    [InlineData("Anna", "Work", "No group chat matches 'Work'")]
    [InlineData("Anna", " ", "'group' must be a group chat's name or id")]
    public async Task GetConversationContext_BadGroup_ErrorTellsWhatToFix(string contact, string group, string expected)
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();
        await client.CallAsync("record_message", new { contact = "Anna", direction = "incoming", text = "hi all", group = "Family" });

        var error = (await client.CallAsync("get_conversation_context", new { contact, group })).Error();

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }
}
