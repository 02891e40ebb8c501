using Microsoft.Extensions.AI;

namespace WhatStyle.Agent.Replies.Functions;

/// <summary>
/// Sends the model each tool's own MCP schema instead of the one Semantic Kernel rebuilt from its parameter metadata.
/// </summary>
/// <remarks>
/// SK's rebuilt schema puts the function description under a non-standard <c>"condition"</c> key and loses
/// <c>$defs</c>, and strict providers validate tool schemas. Below the function-invocation loop only the declarations
/// matter (the loop above still matches calls to the kernel functions by name), so each tool is swapped for a
/// declaration with the same name and description and the original schema. The declarations are built once per tool
/// set (<see cref="ToolDeclarationCache"/>), not on every model call.
/// </remarks>
internal sealed class ToolSchemaChatClient(IChatClient inner, ToolDeclarationSet declarations) : DelegatingChatClient(inner)
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

        // A copy: the options belong to the invocation loop above, which still needs its invocable functions.
        var copy = options.Clone();
        copy.Tools = declarations.For(tools);
        return copy;
    }
}
