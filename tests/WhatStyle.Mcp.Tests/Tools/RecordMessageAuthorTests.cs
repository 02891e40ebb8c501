using WhatStyle.Mcp.Tests.Support;
using WhatStyle.Mcp.Tools;

namespace WhatStyle.Mcp.Tests.Tools;

/// <summary><c>record_message</c>'s <c>author</c>: what WhatStyle wrote is kept as said, never learned as the owner's style.</summary>
public sealed class RecordMessageAuthorTests
{
    [Fact]
    public async Task RecordMessage_AuthorWhatStyle_StoredMarkedAndNotLearned()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();
        var before = await MessageCountAsync(client, "Dad");

        (await client.CallAsync(ToolNames.RecordMessage, new { contact = "Dad", direction = "outgoing", text = "Thanks for your message!", author = "whatstyle" })).Structured();
        var afterBot = await MessageCountAsync(client, "Dad");
        (await client.CallAsync(ToolNames.RecordMessage, new { contact = "Dad", direction = "outgoing", text = "see you sunday dad x" })).Structured();
        var afterOwner = await MessageCountAsync(client, "Dad");

        Assert.Equal(before, afterBot);
        Assert.Equal(before + 1, afterOwner);
        var recent = (await client.CallAsync(ToolNames.GetConversationContext, new { contact = "Dad", limit = 2 })).Structured()
            .GetProperty("recent").EnumerateArray().ToList();
        Assert.Equal([true, false], recent.Select(m => m.GetProperty("writtenByWhatStyle").GetBoolean()));
    }

    [Theory]
    [InlineData("incoming", "whatstyle", "outgoing messages only")]
    [InlineData("outgoing", "bot", "'author' must be")]
    public async Task RecordMessage_AuthorThatDoesNotApply_ClearToolError(string direction, string author, string expected)
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var error = (await client.CallAsync(ToolNames.RecordMessage, new { contact = "Dad", direction, text = "hi", author })).Error();

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    private static async Task<int> MessageCountAsync(ModelContextProtocol.Client.McpClient client, string contact) =>
        (await client.CallAsync(ToolNames.GetContactProfile, new { contact })).Structured()
            .GetProperty("style").GetProperty("messageCount").GetInt32();
}
