using System.Text.Json;
using WhatStyle.Mcp.Tests.Support;
using WhatStyle.Mcp.Tools;

namespace WhatStyle.Mcp.Tests.Tools;

public sealed class PortableSchemasTests
{
    [Fact]
    public async Task ListTools_EverySchema_HasNoTypeArrays()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.All(tools, tool =>
        {
            Assert.Empty(TypeArrays(tool.ProtocolTool.InputSchema, tool.Name + ".input"));
            Assert.Empty(tool.ProtocolTool.OutputSchema is { } output ? TypeArrays(output, tool.Name + ".output") : []);
        });
    }

    [Fact]
    public async Task ListTools_OptionalInput_IsAnOptionalPropertyOfOneType()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var schema = tools.Single(t => t.Name == ToolNames.GetConversationContext).ProtocolTool.InputSchema;

        var group = schema.GetProperty("properties").GetProperty("group");
        Assert.Equal("string", group.GetProperty("type").GetString());
        Assert.False(group.TryGetProperty("default", out _));
        Assert.Equal("integer", schema.GetProperty("properties").GetProperty("limit").GetProperty("type").GetString());
        Assert.DoesNotContain("group", schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task ListTools_NullableOutput_KeepsNullAsAnAnyOfBranch()
    {
        await using var context = await McpTestContext.CreateAsync();
        var client = await context.ConnectAsync();

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var properties = tools.Single(t => t.Name == ToolNames.GetContactProfile).ProtocolTool.OutputSchema!.Value.GetProperty("properties");

        var branches = properties.GetProperty("preferredTone").GetProperty("anyOf").EnumerateArray().Select(b => b.GetProperty("type").GetString());
        Assert.Equal(["string", "null"], branches);
        var relationship = properties.GetProperty("settings").GetProperty("properties").GetProperty("relationship").GetProperty("anyOf")[0];
        Assert.DoesNotContain(relationship.GetProperty("enum").EnumerateArray(), v => v.ValueKind == JsonValueKind.Null);
    }

    private static List<string> TypeArrays(JsonElement schema, string path)
    {
        var found = new List<string>();
        Walk(schema, path, found);
        return found;
    }

    private static void Walk(JsonElement node, string path, List<string> found)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in node.EnumerateArray())
            {
                Walk(item, $"{path}[{i++}]", found);
            }

            return;
        }

        if (node.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in node.EnumerateObject())
        {
            if (property.Name == "type" && property.Value.ValueKind == JsonValueKind.Array)
            {
                found.Add(path);
            }

            Walk(property.Value, path + "." + property.Name, found);
        }
    }
}
