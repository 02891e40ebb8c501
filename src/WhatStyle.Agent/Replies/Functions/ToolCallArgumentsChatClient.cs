using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using WhatStyle.Agent.Replies.Scoping;

namespace WhatStyle.Agent.Replies.Functions;

/// <summary>
/// Makes a tool call whose argument names differ only in case (<c>contact</c> and <c>CONTACT</c>) one clear tool error
/// for the model, instead of an exception that ends the model call and drops the reply to the offline responder.
/// </summary>
/// <remarks>
/// Semantic Kernel copies every call's arguments into a case-insensitive <c>KernelArguments</c> before any function
/// runs, and that copy throws on such a pair. This client sits just below the invocation loop, so it sees the model's
/// calls first: it replaces the arguments of such a call with <see cref="ScopedToolFunction.ArgumentProblem"/>, which
/// the guard answers with the message, and no tool runs.
/// </remarks>
internal sealed class ToolCallArgumentsChatClient(IChatClient inner) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken);
        foreach (var message in response.Messages)
        {
            Fix(message.Contents);
        }

        return response;
    }

    public override async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var update in base.GetStreamingResponseAsync(messages, options, cancellationToken))
        {
            Fix(update.Contents);
            yield return update;
        }
    }

    private static void Fix(IList<AIContent> contents)
    {
        foreach (var call in contents.OfType<FunctionCallContent>())
        {
            if (call.Arguments is not { Count: > 1 } arguments)
            {
                continue;
            }

            var duplicate = arguments.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
            {
                var names = string.Join(" and ", duplicate.Select(k => $"'{(k.Length <= 40 ? k : k[..40])}'"));
                call.Arguments = new Dictionary<string, object?>
                {
                    [ScopedToolFunction.ArgumentProblem] =
                        $"Error: arguments {names} differ only in case. Call the tool again with each argument once, spelled as in its schema.",
                };
            }
        }
    }
}
