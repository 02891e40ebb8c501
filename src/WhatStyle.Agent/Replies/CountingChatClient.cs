using System.Text.Json;
using Microsoft.Extensions.AI;

namespace WhatStyle.Agent.Replies;

/// <summary>Counts every model call that passes through it, with its prompt tokens; sits just above the provider chain.</summary>
public sealed class CountingChatClient(IChatClient inner, LlmCallCounter counter) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        try
        {
            var response = await base.GetResponseAsync(list, options, cancellationToken);
            counter.Record(response.Usage?.InputTokenCount ?? Estimate(list, options));
            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && Attempted(ex))
        {
            // A failed call is not an LLM call that answered, but it cost an attempt; its tokens are unknown, so estimate them.
            counter.RecordFailed(Estimate(list, options));
            throw;
        }
    }

    /// <summary>False when the chain skipped every provider (none configured): no model was called at all.</summary>
    private static bool Attempted(Exception ex) =>
        ex is not WhatStyle.Agent.Providers.ProviderChainExhaustedException exhausted || exhausted.Reasons.Count == 0 || exhausted.Reasons.Any(r => r.Attempted);

    /// <summary>About 4 characters per token for the messages and the tool schemas sent.</summary>
    public static long Estimate(IEnumerable<ChatMessage> messages, ChatOptions? options)
    {
        ArgumentNullException.ThrowIfNull(messages);
        long characters = messages.Sum(m => (long)(m.Text?.Length ?? 0) + 4);
        foreach (var tool in options?.Tools ?? [])
        {
            characters += tool.Name.Length + tool.Description.Length;
            if (tool is AIFunctionDeclaration function)
            {
                characters += JsonSerializer.Serialize(function.JsonSchema).Length;
            }
        }

        return (characters + 3) / 4;
    }
}
