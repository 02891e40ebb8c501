using System.Text.Json;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace WhatStyle.Mcp.Tools;

/// <summary>
/// Runs around every tool call, on every transport: arguments the binder would choke on get a tool error that names
/// them, and an error the model can fix (<see cref="McpException"/>) becomes that tool error here, before the SDK
/// would log it as a failure with a stack trace.
/// </summary>
/// <remarks>
/// Without it, a call missing <c>contact</c> answered only "An error occurred invoking 'get_contact_profile'", and
/// <c>contact</c> with <c>CONTACT</c> in one call reached the binder twice.
/// </remarks>
internal static class ToolCallGuard
{
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> Wrap(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
            ArgumentNullException.ThrowIfNull(context);
            var problem = ArgumentProblem(context);
            if (problem is not null)
            {
                return Error(problem);
            }

            try
            {
                return await next(context, cancellationToken);
            }
            catch (McpException ex) when (ex is not McpProtocolException)
            {
                // The message was written for the model ("No contact matches 'Nina'. Call list_contacts …"): it is the
                // answer, not an incident. Protocol errors (unknown tool, bad resource) keep the SDK's handling.
                return Error(ex.Message);
            }
        };

    /// <summary>The first thing wrong with the call's argument names, or null.</summary>
    internal static string? ArgumentProblem(RequestContext<CallToolRequestParams> context)
    {
        var arguments = context.Params?.Arguments;
        var tool = context.MatchedPrimitive as McpServerTool;
        if (tool is null && context.Params?.Name is { } name)
        {
            context.Server?.ServerOptions.ToolCollection?.TryGetPrimitive(name, out tool);
        }

        if (arguments is not null)
        {
            var duplicate = arguments.Keys
                .GroupBy(k => k, StringComparer.OrdinalIgnoreCase)
                .FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                return $"Arguments {string.Join(" and ", duplicate.Select(k => $"'{Shorten(k)}'"))} differ only in case. "
                    + "Pass each argument once, spelled as in the tool's input schema.";
            }
        }

        if (tool is null)
        {
            return null;
        }

        var schema = tool.ProtocolTool.InputSchema;
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("required", out var required) || required.ValueKind != JsonValueKind.Array)
        {
            return arguments is null ? null : ArgumentTypes.Problem(arguments, schema);
        }

        foreach (var item in required.EnumerateArray())
        {
            var parameter = item.GetString();
            if (parameter is not null && (arguments is null || !arguments.ContainsKey(parameter)))
            {
                var what = schema.TryGetProperty("properties", out var properties)
                    && properties.TryGetProperty(parameter, out var property)
                    && property.TryGetProperty("description", out var description)
                        ? " " + description.GetString()
                        : string.Empty;
                return $"'{parameter}' is missing: {tool.ProtocolTool.Name} needs it.{what}";
            }
        }

        return arguments is null ? null : ArgumentTypes.Problem(arguments, schema);
    }

    private static CallToolResult Error(string message) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = message }],
    };

    // Argument names are untrusted input too: echo only a short one.
    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
