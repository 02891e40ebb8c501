using System.Collections.Concurrent;
using System.Text.Json;

namespace WhatStyle.Agent.Replies.Scoping;

/// <summary>What happened to tool calls during one reply: how many, which were refused, and results worth keeping (a sticker the model chose).</summary>
public sealed class ToolCallLedger
{
    private int _calls;
    private int _refused;

    public int Calls => _calls;

    public int Refused => _refused;

    /// <summary>The structured result of the last successful call of each tool, by tool name.</summary>
    public ConcurrentDictionary<string, JsonElement> LastResults { get; } = new(StringComparer.Ordinal);

    public void RecordCall() => Interlocked.Increment(ref _calls);

    public void RecordRefusal() => Interlocked.Increment(ref _refused);
}
