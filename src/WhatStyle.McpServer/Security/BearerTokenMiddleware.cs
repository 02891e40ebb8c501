using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace WhatStyle.McpHost.Security;

/// <summary>Refuses MCP requests without the configured bearer token (401). The health endpoint stays open.</summary>
internal sealed class BearerTokenMiddleware(RequestDelegate next, byte[] expectedTokenHash, PathString openPath)
{
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Request.Path.StartsWithSegments(openPath) || IsAuthorized(context.Request.Headers.Authorization.ToString()))
        {
            return next(context);
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return context.Response.WriteAsJsonAsync(new { error = "A bearer token is required: send 'Authorization: Bearer <McpServer:ApiKey>'." });
    }

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    private bool IsAuthorized(string header)
    {
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Comparing fixed-length hashes in constant time reveals neither the key's length nor how much of it matched.
        var presented = Hash(header[Scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(presented, expectedTokenHash);
    }
}
