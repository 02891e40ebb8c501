using System.Collections.Concurrent;
using Microsoft.Extensions.AI;

namespace WhatStyle.Agent.Providers;

/// <summary>
/// Remembers which provider issued each tool call, so the next iteration of a tool-calling loop (the same reply,
/// now carrying the tool results) goes back to that provider first: models continue their own tool calls best,
/// and no id rewriting is needed. Keyed by call id, so it needs no cooperation from FunctionInvokingChatClient.
/// </summary>
internal sealed class ToolCallAffinity(TimeProvider timeProvider)
{
    private const int PruneAbove = 2_000;
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, (string Provider, DateTimeOffset At)> calls = new(StringComparer.Ordinal);

    public void Remember(string provider, IEnumerable<ChatMessage> messages) =>
        Remember(provider, messages.SelectMany(message => message.Contents));

    public void Remember(string provider, IEnumerable<AIContent> contents)
    {
        var now = timeProvider.GetUtcNow();
        foreach (var call in contents.OfType<FunctionCallContent>())
        {
            if (!string.IsNullOrEmpty(call.CallId))
            {
                calls[call.CallId] = (provider, now);
            }
        }

        if (calls.Count > PruneAbove)
        {
            foreach (var (id, entry) in calls)
            {
                if (now - entry.At > Lifetime)
                {
                    calls.TryRemove(id, out _);
                }
            }
        }
    }

    /// <summary>The provider that began the tool loop these messages continue, or null when they start a new turn.</summary>
    public string? Find(IEnumerable<ChatMessage> messages)
    {
        var list = messages as IList<ChatMessage> ?? messages.ToList();
        var now = timeProvider.GetUtcNow();

        // Only the tool calls after the last user message belong to the reply being written.
        for (var i = list.Count - 1; i >= 0 && list[i].Role != ChatRole.User; i--)
        {
            foreach (var call in list[i].Contents.OfType<FunctionCallContent>())
            {
                if (call.CallId is { } id && calls.TryGetValue(id, out var entry) && now - entry.At <= Lifetime)
                {
                    return entry.Provider;
                }
            }
        }

        return null;
    }
}
