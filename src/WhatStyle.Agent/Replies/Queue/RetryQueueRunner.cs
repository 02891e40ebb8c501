using Microsoft.Extensions.Logging;
using WhatStyle.Agent.Providers;
using WhatStyle.Agent.Replies.Scoping;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Replies.Queue;

namespace WhatStyle.Agent.Replies.Queue;

/// <summary>The outcome of one run over the queue.</summary>
/// <param name="Regenerated">Items a model answered this time.</param>
/// <param name="StillPending">Items no provider could answer yet.</param>
public sealed record RetryRunResult(IReadOnlyList<RetryItem> Regenerated, IReadOnlyList<RetryItem> StillPending);

/// <summary>Regenerates queued replies with the provider chain; keeps each better reply as a draft and a learning sample.</summary>
internal sealed partial class RetryQueueRunner(IRetryQueue queue, ReplyAgent agent, ReplyContextGatherer gatherer, TimeProvider time, ILogger<RetryQueueRunner> logger)
{
    public async Task<RetryRunResult> RunAsync(CancellationToken cancellationToken = default)
    {
        var regenerated = new List<RetryItem>();
        var pending = new List<RetryItem>();
        foreach (var item in (await queue.ListAsync(includeDone: false, cancellationToken)).OrderBy(i => i.EnqueuedAt))
        {
            item.Attempts++;
            try
            {
                var message = new IncomingMessage
                {
                    Contact = item.ContactId,
                    Text = item.Text,
                    Group = item.Group,
                    GroupMembers = item.GroupMembers,
                    MessageId = item.MessageId,
                    Timestamp = item.ReceivedAt,
                };
                var reply = await agent.ReplyCoreAsync(message, regenerating: true, cancellationToken);
                item.Draft = reply.Text;
                item.DraftProvider = reply.Provider;
                item.Status = RetryStatus.Done;
                item.CompletedAt = time.GetUtcNow();
                item.LastError = null;
                item.Crisis ??= reply.Tone?.Crisis is { HoldsReply: true } crisis ? $"{crisis.Level.ToString().ToLowerInvariant()} {crisis.Kind}" : null;
                // A crisis is answered by the owner personally, so its regenerated draft is not their voice.
                if (item.Group is null && item.Crisis is null)
                {
                    // Kept as what WhatStyle wrote, never as the owner's words: a model's reply is no sample of their style.
                    await gatherer.RecordAsync(
                        item.ContactId, MessageDirection.Outgoing, reply.Text, item.ReceivedAt.AddSeconds(1), new ToolCallLedger(), cancellationToken,
                        writtenByWhatStyle: true);
                }

                regenerated.Add(item);
            }
            catch (ProviderChainExhaustedException ex)
            {
                item.LastError = ex.Message;
                pending.Add(item);
                LogStillFailing(logger, item.Id);
            }

            await queue.UpdateAsync(item, cancellationToken);
        }

        return new RetryRunResult(regenerated, pending);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued reply {Id} still has no provider; it stays queued.")]
    private static partial void LogStillFailing(ILogger logger, string id);
}
