using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Server;

namespace WhatStyle.Mcp.Tools;

/// <summary>
/// Rewrites the tool schemas the SDK generates so every MCP client reads them: no <c>"type": ["string", "null"]</c>
/// arrays, which several clients read as a single string and then reject the tool or drop the constraint (the MCP
/// Inspector 2.x warns about each one).
/// </summary>
/// <remarks>
/// Input: an optional parameter (<c>string? group = null</c>) becomes an optional property of its one type; leaving it
/// out already means null. Output: a value that can be null keeps that contract as
/// <c>anyOf: [{ "type": "string" }, { "type": "null" }]</c>, since results do carry nulls.
/// </remarks>
internal sealed class PortableSchemas : IPostConfigureOptions<McpServerOptions>
{
    public void PostConfigure(string? name, McpServerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var tool in options.ToolCollection ?? [])
        {
            tool.ProtocolTool.InputSchema = Input(tool.ProtocolTool.InputSchema);
            if (tool.ProtocolTool.OutputSchema is { } output)
            {
                tool.ProtocolTool.OutputSchema = Output(output);
            }
        }
    }

    /// <summary>An input schema whose optional properties have a single type.</summary>
    public static JsonElement Input(JsonElement schema)
    {
        if (JsonNode.Parse(schema.GetRawText()) is not JsonObject root)
        {
            return schema;
        }

        var required = RequiredOf(root);
        if (root["properties"] is JsonObject properties)
        {
            foreach (var (property, value) in properties.ToList())
            {
                properties[property] = required.Contains(property) ? Portable(value) : WithoutNull(value);
            }
        }

        return JsonSerializer.SerializeToElement(root);
    }

    /// <summary>An output schema with every nullable type spelled as <c>anyOf</c>.</summary>
    public static JsonElement Output(JsonElement schema) =>
        JsonNode.Parse(schema.GetRawText()) is { } root ? JsonSerializer.SerializeToElement(Portable(root)) : schema;

    private static HashSet<string> RequiredOf(JsonObject schema) =>
        schema["required"] is JsonArray list
            ? [.. list.Select(n => n?.GetValue<string>()).OfType<string>()]
            : [];

    /// <summary>Drops "null" from an optional property: its type, its enum and a null default.</summary>
    private static JsonNode? WithoutNull(JsonNode? node)
    {
        if (node is not JsonObject schema || schema["type"] is not JsonArray types)
        {
            return Portable(node);
        }

        var others = types.Select(t => t?.GetValue<string>()).Where(t => t is not null and not "null").ToList();
        if (others.Count != 1)
        {
            return Portable(node);
        }

        schema["type"] = others[0];
        RemoveNullFromEnum(schema);
        if (schema.TryGetPropertyValue("default", out var fallback) && fallback is null)
        {
            schema.Remove("default");
        }

        return Portable(schema);
    }

    /// <summary>Walks a schema: each type array becomes <c>anyOf</c> branches of one type each.</summary>
    private static JsonNode? Portable(JsonNode? node)
    {
        if (node is not JsonObject schema)
        {
            return node;
        }

        if (schema["properties"] is JsonObject properties)
        {
            foreach (var (property, value) in properties.ToList())
            {
                properties[property] = Portable(value?.DeepClone());
            }
        }

        foreach (var key in new[] { "items", "additionalProperties" })
        {
            if (schema[key] is JsonObject child)
            {
                schema[key] = Portable(child.DeepClone());
            }
        }

        if (schema["type"] is not JsonArray types)
        {
            return schema;
        }

        // The annotations stay on the outer schema; the type, with its own constraints, goes into each branch.
        var outer = new JsonObject();
        var inner = new JsonObject();
        foreach (var (key, value) in schema.ToList())
        {
            if (key == "type")
            {
                continue;
            }

            var target = key is "description" or "title" or "default" or "$comment" ? outer : inner;
            target[key] = value?.DeepClone();
        }

        var branches = new JsonArray();
        foreach (var type in types.Select(t => t?.GetValue<string>()).OfType<string>())
        {
            var branch = type == "null" ? new JsonObject() : (JsonObject)inner.DeepClone();
            branch["type"] = type;
            if (type != "null")
            {
                RemoveNullFromEnum(branch);
            }

            branches.Add(branch);
        }

        outer["anyOf"] = branches;
        return outer;
    }

    private static void RemoveNullFromEnum(JsonObject schema)
    {
        if (schema["enum"] is JsonArray values)
        {
            schema["enum"] = new JsonArray([.. values.Where(v => v is not null).Select(v => v!.DeepClone())]);
        }
    }
}
