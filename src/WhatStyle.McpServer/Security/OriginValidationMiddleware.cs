using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace WhatStyle.McpHost.Security;

/// <summary>
/// Refuses requests whose <c>Origin</c> is neither loopback nor listed in <c>McpServer:AllowedOrigins</c> (403), as the
/// MCP specification requires of HTTP servers: a web page the owner visits must not drive the tools through the
/// owner's browser. Requests without an <c>Origin</c> (desktop clients, scripts) are not browsers and pass.
/// </summary>
internal sealed class OriginValidationMiddleware(RequestDelegate next, IReadOnlySet<string> allowedOrigins, ILogger<OriginValidationMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0 || IsAllowed(origin, allowedOrigins))
        {
            return next(context);
        }

        // The origin is the caller's text: logged shortened, never echoed back.
        logger.LogWarning("Refused a request from origin {Origin}.", origin.Length <= 100 ? origin : origin[..100]);
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return context.Response.WriteAsJsonAsync(new
        {
            error = "This origin is not allowed to use the WhatStyle MCP server. Only loopback origins and those the owner lists in McpServer:AllowedOrigins are.",
        });
    }

    /// <summary>Loopback origins (<c>http://localhost:3000</c>, <c>http://127.0.0.1</c>, <c>http://[::1]:8080</c>) and the configured ones.</summary>
    public static bool IsAllowed(string origin, IReadOnlySet<string> allowedOrigins)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(allowedOrigins);
        if (allowedOrigins.Contains(origin.TrimEnd('/')))
        {
            return true;
        }

        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return false; // "null" (sandboxed frames, file pages) and anything that is not a web origin
        }

        return uri.IsLoopback
            || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address));
    }

    /// <summary>
    /// <c>McpServer:AllowedOrigins</c>: a list (<c>McpServer:AllowedOrigins:0=…</c>) or one value separated by <c>;</c>.
    /// Compared without a trailing slash, case-insensitively (scheme and host are case-insensitive).
    /// </summary>
    public static IReadOnlySet<string> Configured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(McpHttpSecurityOptions.SectionName).GetSection(nameof(McpHttpSecurityOptions.AllowedOrigins));
        var values = section.GetChildren().Select(c => c.Value).Append(section.Value)
            .OfType<string>()
            .SelectMany(v => v.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.TrimEnd('/'));
        return values.ToHashSet(StringComparer.OrdinalIgnoreCase);
    }
}
