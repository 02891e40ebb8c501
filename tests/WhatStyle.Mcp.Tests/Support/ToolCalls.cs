using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace WhatStyle.Mcp.Tests.Support;

/// <summary>Short forms for calling a tool and reading its result in tests.</summary>
internal static class ToolCalls
{
    public static async Task<CallToolResult> CallAsync(this McpClient client, string tool, object? arguments = null)
    {
        var dictionary = arguments is null
            ? new Dictionary<string, object?>()
            : JsonSerializer.SerializeToElement(arguments).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        return await client.CallToolAsync(tool, dictionary, cancellationToken: TestContext.Current.CancellationToken);
    }

    /// <summary>The structured content of a successful call (fails the test with the error text otherwise).</summary>
    public static JsonElement Structured(this CallToolResult result)
    {
        Assert.False(result.IsError == true, "tool failed: " + result.Text());
        Assert.NotNull(result.StructuredContent);
        return result.StructuredContent.Value;
    }

    /// <summary>The message of an error result.</summary>
    public static string Error(this CallToolResult result)
    {
        Assert.True(result.IsError, "expected an error result but got: " + result.Text());
        return result.Text();
    }

    public static string Text(this CallToolResult result) =>
        string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text));
}
