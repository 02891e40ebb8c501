using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace WhatStyle.McpHost.Hosting;

/// <summary>
/// Configuration defaults of both hosts, placed under every other source so appsettings, environment variables and
/// <c>--Key=Value</c> arguments still override them.
/// </summary>
internal static class ServerDefaults
{
    /// <summary>
    /// The MCP SDK logs three Information lines per request and ASP.NET Core four more per HTTP request. Measured with the
    /// round-trip benchmark's client (stdio, warm server): they doubled the server's CPU time per <c>analyze_tone</c>
    /// call (about 220 to 450 µs) and made the client read six stderr lines per call. Warnings and errors still show;
    /// <c>--Logging:LogLevel:ModelContextProtocol=Information</c> brings the request log back when debugging.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string?> Values = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:ModelContextProtocol"] = "Warning",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
    };

    /// <summary>Inserts the defaults as the first (lowest-priority) configuration source.</summary>
    public static void AddTo(IConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = Values });
    }
}
