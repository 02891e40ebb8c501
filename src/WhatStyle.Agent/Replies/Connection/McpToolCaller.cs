using System.Text.Json;
using ModelContextProtocol.Protocol;
using WhatStyle.Agent.Replies.Scoping;
using WhatStyle.Tools.Serialization;

namespace WhatStyle.Agent.Replies.Connection;

/// <summary>Calls WhatStyle tools directly (no model involved) and reads their structured content.</summary>
public sealed class McpToolCaller(McpConnection connection)
{
    /// <exception cref="McpToolException">The tool answered with an error result.</exception>
    public async Task<T> CallAsync<T>(string tool, IReadOnlyDictionary<string, object?> arguments, ToolCallLedger ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var client = await connection.GetClientAsync(cancellationToken);
        ledger.RecordCall();
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: cancellationToken);
        if (result.IsError == true || result.StructuredContent is not { } structured)
        {
            var message = string.Join(' ', result.Content.OfType<TextContentBlock>().Select(b => b.Text));
            throw new McpToolException(tool, string.IsNullOrWhiteSpace(message) ? "no structured result" : message);
        }

        return structured.Deserialize<T>(WhatStyleJson.Options)
            ?? throw new McpToolException(tool, "empty structured result");
    }
}
