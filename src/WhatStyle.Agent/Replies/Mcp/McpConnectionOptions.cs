namespace WhatStyle.Agent.Replies.Mcp;

/// <summary>How the agent reaches the WhatStyle MCP server (section <c>Mcp</c>). Default: in-process.</summary>
public sealed class McpConnectionOptions
{
    public const string SectionName = "Mcp";

    /// <summary>A command line that starts an MCP server on stdio (e.g. "dotnet /path/WhatStyle.Mcp.dll --stdio"). Default: none.</summary>
    public string? Stdio { get; set; }

    /// <summary>The Streamable HTTP endpoint of an MCP server (e.g. http://127.0.0.1:5077/mcp). Default: none.</summary>
    public Uri? Url { get; set; }

    /// <summary>Bearer token for <see cref="Url"/> when the server requires one. Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>"in-process", "stdio" or "http", for display.</summary>
    public string Describe() => Url is not null ? $"http ({Url})" : Stdio is not null ? "stdio" : "in-process";
}
