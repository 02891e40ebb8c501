using System.Collections.Frozen;
using System.Collections.ObjectModel;
using Microsoft.Extensions.AI;

namespace WhatStyle.Agent.Replies.Functions;

/// <summary>
/// The declarations the model is sent for one set of tools: each tool's own MCP schema under its kernel function name.
/// Built once per tool set (see <see cref="ToolDeclarationCache"/>) and immutable, so every model call of every reply
/// offering that set shares them.
/// </summary>
internal sealed class ToolDeclarationSet
{
    private readonly FrozenDictionary<string, AITool> _byModelName;

    public ToolDeclarationSet(IReadOnlyList<AIFunction> tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        var declarations = tools
            .Select(t => (AITool)AIFunctionFactory.CreateDeclaration(ReplyKernel.ModelToolName(t.Name), t.Description, t.JsonSchema))
            .ToList();
        Declarations = new ReadOnlyCollection<AITool>(declarations);
        _byModelName = declarations.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);
    }

    /// <summary>Every declaration, in the tools' order; read-only, since one list is shared by concurrent calls.</summary>
    public IList<AITool> Declarations { get; }

    /// <summary>
    /// The tools to send in place of <paramref name="offered"/> (SK's rebuilt declarations): the shared list when the
    /// whole set is offered in order, else each known tool swapped for its declaration and any other left as it is.
    /// </summary>
    public IList<AITool> For(IList<AITool> offered)
    {
        ArgumentNullException.ThrowIfNull(offered);
        if (offered.Count == Declarations.Count && offered.Select(t => t.Name).SequenceEqual(Declarations.Select(d => d.Name), StringComparer.Ordinal)
            && offered.All(t => t is AIFunctionDeclaration))
        {
            return Declarations;
        }

        return [.. offered.Select(tool => tool is AIFunctionDeclaration && _byModelName.TryGetValue(tool.Name, out var declaration) ? declaration : tool)];
    }
}
