using System.ComponentModel.DataAnnotations;

namespace WhatStyle.McpHost.Security;

/// <summary>Security of the HTTP transport (section <c>McpServer</c>).</summary>
public sealed class McpHttpSecurityOptions
{
    public const string SectionName = "McpServer";

    /// <summary>Environment variable that supplies the API key when <c>McpServer:ApiKey</c> is not set.</summary>
    public const string ApiKeyEnvironmentVariable = "WHATSTYLE_MCP_API_KEY";

    /// <summary>
    /// Bearer token clients must send (<c>Authorization: Bearer …</c>). Default: none. Required when the server listens
    /// beyond loopback; when set, it is checked on loopback too. At least 16 characters.
    /// </summary>
    [MinLength(16)]
    public string? ApiKey { get; set; }
}
