using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using WhatStyle.Agent.Replies.Scoping;

namespace WhatStyle.Agent.Replies.Functions;

/// <summary>
/// One <see cref="ToolDeclarationSet"/> per tool set, shared by every reply (thread-safe). A tool set is identified by
/// the MCP tools underneath the per-reply guards: the connection lists them once, so the same tools are the same
/// objects; a different subset (a group reply offers fewer) or a re-listed tool (a new object, perhaps a new schema)
/// is a different set and gets its own declarations.
/// </summary>
internal sealed class ToolDeclarationCache
{
    /// <summary>Tool sets seen in practice: one-to-one, group, none. More means tools are being re-listed: start afresh.</summary>
    private const int MaxSets = 16;

    private readonly ConcurrentDictionary<ToolSetKey, ToolDeclarationSet> _sets = new();

    public ToolDeclarationSet For(IReadOnlyList<AIFunction> tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        var key = new ToolSetKey([.. tools.Select(Underlying)]);
        if (_sets.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (_sets.Count >= MaxSets)
        {
            _sets.Clear();
        }

        return _sets.GetOrAdd(key, _ => new ToolDeclarationSet(tools));
    }

    /// <summary>The tool the scope guard (made per reply) wraps: the long-lived MCP tool.</summary>
    private static AIFunction Underlying(AIFunction tool) => tool is ScopedToolFunction scoped ? scoped.Guarded : tool;

    /// <summary>The underlying tools, in order, compared by reference.</summary>
    private sealed class ToolSetKey(AIFunction[] tools) : IEquatable<ToolSetKey>
    {
        private readonly int _hash = tools.Aggregate(tools.Length, (hash, tool) => HashCode.Combine(hash, RuntimeHelpers.GetHashCode(tool)));

        public bool Equals(ToolSetKey? other) =>
            other is not null && other._hash == _hash && other.Tools.Length == Tools.Length && Tools.Zip(other.Tools).All(p => ReferenceEquals(p.First, p.Second));

        public override bool Equals(object? obj) => Equals(obj as ToolSetKey);

        public override int GetHashCode() => _hash;

        private AIFunction[] Tools { get; } = tools;
    }
}
