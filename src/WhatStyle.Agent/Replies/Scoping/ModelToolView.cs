using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace WhatStyle.Agent.Replies.Scoping;

/// <summary>
/// An MCP tool as the model is offered it: its schema without the arguments the model may never set, which would
/// only cost prompt tokens on every model call. <c>before</c> is the agent's own (it places a message already
/// recorded); <c>group</c> is left out of a one-to-one reply, where the scope guard refuses any group anyway.
/// </summary>
/// <remarks>
/// One view per MCP tool and kind of reply, kept as long as the tool: the tool declarations are cached by the tools
/// behind the guards (see <c>ToolDeclarationCache</c>), so a stable view keeps that cache hitting.
/// </remarks>
public sealed class ModelToolView : DelegatingAIFunction
{
    /// <summary>The argument of <c>analyze_tone</c> only the agent sets.</summary>
    public const string BeforeArgument = "before";

    private static readonly ConditionalWeakTable<AIFunction, ModelToolView> OneToOneViews = [];
    private static readonly ConditionalWeakTable<AIFunction, ModelToolView> GroupViews = [];

    private ModelToolView(AIFunction tool, bool oneToOne)
        : base(tool)
    {
        string[] hidden = oneToOne ? [BeforeArgument, ScopedToolFunction.GroupArgument] : [BeforeArgument];
        JsonSchema = Without(tool.JsonSchema, hidden);
    }

    /// <summary>The schema the model sees.</summary>
    public override JsonElement JsonSchema { get; }

    /// <summary>The view of <paramref name="tool"/> for a one-to-one reply or, with <paramref name="oneToOne"/> false, a group reply.</summary>
    public static ModelToolView For(AIFunction tool, bool oneToOne)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return (oneToOne ? OneToOneViews : GroupViews).GetValue(tool, t => new ModelToolView(t, oneToOne));
    }

    private static JsonElement Without(JsonElement schema, string[] hidden)
    {
        if (schema.ValueKind != JsonValueKind.Object
            || !schema.TryGetProperty("properties", out var properties)
            || properties.ValueKind != JsonValueKind.Object
            || !hidden.Any(name => properties.TryGetProperty(name, out _)))
        {
            return schema;
        }

        var copy = JsonNode.Parse(schema.GetRawText())!.AsObject();
        var declared = copy["properties"]!.AsObject();
        foreach (var name in hidden)
        {
            declared.Remove(name);
        }

        if (copy["required"] is JsonArray required)
        {
            foreach (var entry in required.Where(e => e is JsonValue v && v.TryGetValue<string>(out var name) && hidden.Contains(name, StringComparer.Ordinal)).ToList())
            {
                required.Remove(entry);
            }
        }

        using var document = JsonDocument.Parse(copy.ToJsonString());
        return document.RootElement.Clone();
    }
}
