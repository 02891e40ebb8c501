using ModelContextProtocol.Protocol;
using WhatStyle.Mcp.Tests.Support;

namespace WhatStyle.Mcp.Tests.Tools;

public sealed class ToolSurfaceTests
{
    private static readonly string[] ReadOnlyTools =
        ["analyze_tone", "get_contact_profile", "list_contacts", "get_conversation_context", "search_similar_exchanges", "select_sticker"];

    [Fact]
    public async Task ListTools_Always_ExposesTheEightFixedNamesWithOutputSchemas()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(
            ["analyze_tone", "get_contact_profile", "get_conversation_context", "list_contacts", "record_message",
             "search_similar_exchanges", "select_sticker", "update_contact_profile"],
            tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.All(tools, tool =>
        {
            Assert.False(string.IsNullOrWhiteSpace(tool.Description));
            Assert.NotNull(tool.ProtocolTool.OutputSchema);
            Assert.Equal("object", tool.ProtocolTool.OutputSchema.Value.GetProperty("type").GetString());
        });
    }

    [Fact]
    public async Task ListTools_Annotations_AreReadOnlyForReadsAndNonDestructiveForWrites()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var tools = (await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken))
            .ToDictionary(t => t.Name, t => t.ProtocolTool.Annotations);

        Assert.All(ReadOnlyTools, name =>
        {
            Assert.True(tools[name]?.ReadOnlyHint, name);
            Assert.True(tools[name]?.IdempotentHint, name);
        });
        Assert.All(["update_contact_profile", "record_message"], name =>
        {
            Assert.False(tools[name]?.ReadOnlyHint, name);
            Assert.False(tools[name]?.DestructiveHint, name);
        });
        Assert.True(tools["update_contact_profile"]?.IdempotentHint);
        Assert.False(tools["record_message"]?.IdempotentHint);
        Assert.All(tools.Values, a => Assert.False(a?.OpenWorldHint));
    }

    [Fact]
    public async Task CallTool_ServiceThrowsWithSecrets_ReturnsGenericErrorWithoutDetails()
    {
        await using var context = await McpTestContext.CreateAsync(services =>
            services.AddSingletonInstance<WhatStyle.Tools.Tone.IToneAnalyzer>(new FakeToneAnalyzer
            {
                ThrowOnAnalyze = new InvalidOperationException("boom at /home/owner/.whatstyle/secret.db key=sk-123"),
            }));
        var client = await context.ConnectAsync();

        var error = (await client.CallAsync("analyze_tone", new { text = "hello" })).Error();

        Assert.Contains("analyze_tone", error, StringComparison.Ordinal);
        Assert.DoesNotContain("/home", error, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-123", error, StringComparison.Ordinal);
        Assert.DoesNotContain("at WhatStyle", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConnectInProcess_OlderProtocolClient_CallsToolsToo()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync(protocolVersion: "2025-11-25");

        var result = await client.CallAsync("list_contacts");

        Assert.Equal("2025-11-25", client.NegotiatedProtocolVersion);
        Assert.Equal(2, result.Structured().GetProperty("contacts").GetArrayLength());
    }
}
