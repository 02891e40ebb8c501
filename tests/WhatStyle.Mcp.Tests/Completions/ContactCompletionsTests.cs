using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using WhatStyle.Mcp.Tests.Support;
using WhatStyle.Tools.Stickers;

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

        var result = await client.CompleteAsync(new PromptReference { Name = "draft_reply" }, "message", "h",
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(result.Completion.Values);
    }

    [Theory]
    [InlineData("hug")]
    [InlineData("POP")]
    [InlineData("")]
    public async Task Complete_StickerImageTemplateId_SuggestsTheCatalogsMatchingIds(string typed)
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();
        var expected = context.Services.GetRequiredService<IStickerCatalog>().All
            .Select(s => s.Id)
            .Where(id => id.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .ToList();

        var result = await client.CompleteAsync(new ResourceTemplateReference { Uri = "whatstyle://stickers/{id}" }, "id", typed,
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEmpty(expected);
        Assert.Equal(Math.Min(expected.Count, 100), result.Completion.Values.Count);
        Assert.All(result.Completion.Values, id => Assert.Contains(id, expected));
        Assert.Equal(expected.Count, result.Completion.Total);
    }
}
