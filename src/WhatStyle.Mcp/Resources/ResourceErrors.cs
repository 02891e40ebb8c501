using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace WhatStyle.Mcp.Resources;

/// <summary>"Not found" for a resource, with the error code the client's protocol revision expects.</summary>
internal static class ResourceErrors
{
    /// <summary>From this revision on a missing resource is -32602 (Invalid Params, SEP-2164); before it, -32002.</summary>
    private const string InvalidParamsSince = "2026-07-28";

    public static McpProtocolException NotFound(RequestContext<ReadResourceRequestParams> context, string message)
    {
        ArgumentNullException.ThrowIfNull(context);
        var version = context.Server.NegotiatedProtocolVersion;
        // Revision names are ISO dates, so ordinal order is release order; an unknown (null) version means the newest.
        var code = version is null || string.CompareOrdinal(version, InvalidParamsSince) >= 0
            ? McpErrorCode.InvalidParams
            : McpErrorCode.ResourceNotFound;
        return new McpProtocolException(message, code);
    }
}
