namespace WhatStyle.McpServer;

/// <summary>Entry point. Placeholder until the MCP host (stdio, Streamable HTTP, legacy SSE) is built under issue 5.</summary>
internal static class McpServerProgram
{
    public static async Task<int> Main()
    {
        await Console.Error.WriteLineAsync("WhatStyle.McpServer: not built yet (see issue 5).");
        return 1;
    }
}
