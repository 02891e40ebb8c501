using ModelContextProtocol.Protocol;
using WhatStyle.Mcp.Tests.Support;

namespace WhatStyle.Mcp.Tests.Completions;

public sealed class ContactCompletionsTests
{
    [Theory]
    [InlineData("whatstyle://contacts/{contact}/profile")]
    [InlineData("whatstyle://contacts/{contact}/conversation")]
    public async Task Complete_ContactTemplate_SuggestsMatchingNames(string template)
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var result = await client.CompleteAsync(new ResourceTemplateReference { Uri = template }, "contact", "an",
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["Anna"], result.Completion.Values);
    }

    [Fact]
    public async Task Complete_DraftReplyPromptEmptyValue_SuggestsEveryContact()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var result = await client.CompleteAsync(new PromptReference { Name = "draft_reply" }, "contact", "",
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(["Anna", "Dad"], result.Completion.Values);
        Assert.Equal(2, result.Completion.Total);
    }

    [Fact]
    public async Task Complete_OtherArgument_SuggestsNothing()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var result = await client.CompleteAsync(new ResourceTemplateReference { Uri = "whatstyle://stickers/{id}" }, "id", "h",
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(result.Completion.Values);
    }
}
