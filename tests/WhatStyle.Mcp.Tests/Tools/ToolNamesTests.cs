using System.Text.RegularExpressions;
using WhatStyle.Mcp.Tests.Support;
using WhatStyle.Mcp.Tools;

namespace WhatStyle.Mcp.Tests.Tools;

public sealed partial class ToolNamesTests
{
    [Fact]
    public async Task All_ComparedWithToolsList_NamesExactlyTheServedTools()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(ToolNames.All.Order(StringComparer.Ordinal), tools.Select(t => t.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ServerInstructionsAndDraftReplyPrompt_ToolsTheyName_AllExist()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();
        using var stream = typeof(ToolNames).Assembly.GetManifestResourceStream("WhatStyle.Mcp.Prompts.draft_reply.md");
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream);
        var prompt = await reader.ReadToEndAsync(TestContext.Current.CancellationToken);

        var named = SnakeCaseName().Matches(prompt + "\n" + client.ServerInstructions).Select(m => m.Value).Distinct().ToList();

        Assert.NotEmpty(named);
        Assert.All(named, name => Assert.Contains(name, ToolNames.All));
    }

    [GeneratedRegex(@"\b[a-z]+(?:_[a-z]+)+\b")]
    private static partial Regex SnakeCaseName();
}
