using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WhatStyle.Agent.Tests.Support;
using WhatStyle.Mcp.Tests.Support;
using WhatStyle.Mcp.Tools;

namespace WhatStyle.Mcp.Tests.Tools;

public sealed class ToolCallGuardTests
{
    [Theory]
    [InlineData(ToolNames.GetContactProfile, "contact")]
    [InlineData(ToolNames.AnalyzeTone, "text")]
    [InlineData(ToolNames.SelectSticker, "emotion")]
    public async Task CallTool_RequiredArgumentMissing_ErrorNamesIt(string tool, string argument)
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var error = (await client.CallAsync(tool, new { })).Error();

        Assert.StartsWith($"'{argument}' is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTool_SecondRequiredArgumentMissing_ErrorNamesTheMissingOne()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var error = (await client.CallAsync(ToolNames.SearchSimilarExchanges, new { contact = "Anna" })).Error();

        Assert.StartsWith("'text' is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTool_ArgumentsDifferingOnlyInCase_OneClearToolErrorAndTheServerCarriesOn()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();
        var arguments = new Dictionary<string, object?> { ["contact"] = "Anna", ["CONTACT"] = "Bob" };

        var result = await client.CallToolAsync(ToolNames.GetContactProfile, arguments, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains("'contact' and 'CONTACT' differ only in case", result.Error(), StringComparison.Ordinal);
        var after = await client.CallAsync(ToolNames.GetContactProfile, new { contact = "Anna" });
        Assert.True(after.IsError != true, after.Text());
    }

    [Fact]
    public async Task CallTool_ErrorTheModelCanFix_ReturnedWithoutAnErrorLogOrStackTrace()
    {
        var logs = new RecordingLoggerProvider();
        await using var context = await McpTestContext.CreateAsync(services =>
            services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        var client = await context.ConnectAsync();

        var error = (await client.CallAsync(ToolNames.GetContactProfile, new { contact = "Nobody" })).Error();

        Assert.StartsWith("No contact matches 'Nobody'", error, StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.DoesNotContain(logs.Entries, e => e.Exception is not null);
    }

    [Fact]
    public async Task CallTool_ToolCrashes_StillLoggedAsAnError()
    {
        var logs = new RecordingLoggerProvider();
        await using var context = await McpTestContext.CreateAsync(services =>
        {
            services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
            services.AddSingletonInstance<WhatStyle.Tools.Tone.IToneAnalyzer>(new FakeToneAnalyzer { ThrowOnAnalyze = new InvalidOperationException("boom") });
        });
        var client = await context.ConnectAsync();

        _ = (await client.CallAsync(ToolNames.AnalyzeTone, new { text = "hi" })).Error();

        Assert.Contains(logs.Entries, e => e.Level >= LogLevel.Error);
    }

    [Theory]
    [InlineData(ToolNames.AnalyzeTone, "text", 5, "'text' must be a string, not the number 5.")]
    [InlineData(ToolNames.GetContactProfile, "contact", true, "'contact' must be a string, not a boolean.")]
    [InlineData(ToolNames.GetConversationContext, "limit", "many", "'limit' must be an integer (a whole number), not a string.")]
    [InlineData(ToolNames.GetConversationContext, "limit", 2.5, "'limit' must be an integer (a whole number), not the number 2.5.")]
    public async Task CallTool_ArgumentOfTheWrongType_ErrorNamesItAndTheTypeExpected(string tool, string argument, object value, string expected)
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();
        var arguments = new Dictionary<string, object?> { ["contact"] = "Anna", ["text"] = "hi", [argument] = value };

        var result = await client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken);

        Assert.StartsWith(expected, result.Error(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTool_NumberWrittenAsAStringOrOptionalNull_StillAccepted()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();
        var arguments = new Dictionary<string, object?> { ["contact"] = "Anna", ["limit"] = "5", ["group"] = null };

        var result = await client.CallToolAsync(ToolNames.GetConversationContext, arguments, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.IsError != true, result.Text());
    }
}
