using System.Text.Json;
using Microsoft.Extensions.AI;

namespace WhatStyle.Agent.Replies.Kernel;

/// <summary>
/// Sends the model each tool's own MCP schema instead of the one Semantic Kernel rebuilt from its parameter metadata.
/// </summary>
/// <remarks>
/// SK's rebuilt schema puts the function description under a non-standard <c>"condition"</c> key and loses
/// <c>$defs</c>, and strict providers validate tool schemas. Below the function-invocation loop only the declarations
/// matter (the loop above still matches calls to the kernel functions by name), so each tool is swapped for a
/// declaration with the same name and description and the original schema.
/// </remarks>
internal sealed class ToolSchemaChatClient(IChatClient inner, IReadOnlyDictionary<string, JsonElement> schemasByToolName) : DelegatingChatClient(inner)
{
    public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetResponseAsync(messages, WithOriginalSchemas(options), cancellationToken);

    public override IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
        base.GetStreamingResponseAsync(messages, WithOriginalSchemas(options), cancellationToken);

    private ChatOptions? WithOriginalSchemas(ChatOptions? options)
    {
        if (options?.Tools is not { Count: > 0 } tools)
        {
            return options;
        }

        var copy = options.Clone();
        copy.Tools = [.. tools.Select(tool => tool is AIFunctionDeclaration && schemasByToolName.TryGetValue(tool.Name, out var schema)
            ? AIFunctionFactory.CreateDeclaration(tool.Name, tool.Description, schema)
            : tool)];
        return copy;
    }
}
