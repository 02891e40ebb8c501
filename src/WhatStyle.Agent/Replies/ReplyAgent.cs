using System.Diagnostics;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WhatStyle.Agent.Offline;
using WhatStyle.Agent.Prompting;
using WhatStyle.Agent.Providers;
using WhatStyle.Agent.Replies.Functions;
using WhatStyle.Agent.Replies.Connection;
using WhatStyle.Agent.Replies.PostProcessing;
using WhatStyle.Tools.Replies.Queue;
using WhatStyle.Agent.Replies.Scoping;
using WhatStyle.Mcp.Tools;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Text;
using WhatStyle.Tools.Stickers;

namespace WhatStyle.Agent.Replies;

/// <summary>
/// Writes the owner's reply: gathers context through MCP (no model), one call to the provider chain through Semantic
/// Kernel with the MCP tools behind the conversation scope guard, post-processing, a sticker when the moment calls for one, and recording so
/// profiles keep learning. When no provider answers, the offline responder does, and a provider failure is queued.
/// </summary>
internal sealed partial class ReplyAgent(
    ReplyContextGatherer gatherer,
    McpConnection connection,
    ReplyPromptBuilder prompts,
    ReplyKernel kernel,
    ReplyPostProcessor postProcessor,
    IOfflineResponder offline,
    IRetryQueue queue,
    [FromKeyedServices(ProviderChainServiceCollectionExtensions.ChatClientKey)] IChatClient chain,
    IOptions<AgentOptions> options,
    TimeProvider time,
    ILoggerFactory loggerFactory,
    IStickerCatalog? stickers = null) : IReplyAgent
{
    /// <summary>The tools the model may call, all about the current conversation. Writing and listing tools are never offered.</summary>
    public static readonly IReadOnlySet<string> ModelTools = new HashSet<string>(StringComparer.Ordinal)
    {
        ToolNames.SelectSticker, ToolNames.AnalyzeTone, ToolNames.GetContactProfile, ToolNames.GetConversationContext, ToolNames.SearchSimilarExchanges,
    };

    /// <summary>
    /// Tools never offered in a group reply, which everyone in the group reads: <c>search_similar_exchanges</c> reads the
    /// sender's past one-to-one exchanges with the owner; <c>analyze_tone</c> is not needed there (the gatherer has
    /// already read the message's tone in the group's context). A one-to-one reply offers them without <c>group</c>
    /// (see <see cref="ModelToolView"/>).
    /// </summary>
    public static readonly IReadOnlySet<string> OneToOneTools = new HashSet<string>(StringComparer.Ordinal)
    {
        ToolNames.SearchSimilarExchanges, ToolNames.AnalyzeTone,
    };

    private readonly AgentOptions _options = options.Value;
    private readonly ILogger _logger = loggerFactory.CreateLogger<ReplyAgent>();

    public Task<AgentReply> ReplyAsync(IncomingMessage message, CancellationToken cancellationToken = default) =>
        ReplyCoreAsync(message, regenerating: false, cancellationToken);

    /// <summary>Writes a reply; when <paramref name="regenerating"/> (retry queue), nothing is recorded or queued and a chain failure throws.</summary>
    internal async Task<AgentReply> ReplyCoreAsync(IncomingMessage message, bool regenerating, CancellationToken cancellationToken)
    {
        Validate(message);
        var started = time.GetTimestamp();
        var ledger = new ToolCallLedger();
        var counter = new LlmCallCounter();
        var context = await gatherer.GatherAsync(message, ledger, recordIncoming: !regenerating, cancellationToken);

        var drafted = await DraftAsync(context, ledger, counter, cancellationToken);
        if (drafted.Text is null && regenerating)
        {
            throw new ProviderChainExhaustedException(drafted.FallbackReason ?? "No provider could answer.");
        }

        var offlineReply = drafted.Text is null ? offline.Respond(OfflineRequestFor(context)) : null;
        var text = drafted.Text ?? offlineReply!.Text;
        var sticker = await StickerFor(context, ledger, cancellationToken);
        var queued = false;
        if (!regenerating && drafted.ProviderFailed)
        {
            await EnqueueAsync(context, text, drafted.FallbackReason!, cancellationToken);
            queued = true;
        }

        // The reply is recorded as what was said, marked as WhatStyle's: neither a model's nor the offline responder's
        // words are the owner's, so they never teach the style or come back as the owner's examples.
        // In a group the reply is filed in the group's history.
        // A possible crisis is answered by the owner personally: the held draft is not what was said, so it is not filed.
        // Nor is any other draft: it is filed when sent, after the owner decided (IncomingMessage.RecordReply).
        if (!regenerating && message.RecordReply && !context.Tone.Crisis.HoldsReply)
        {
            await gatherer.RecordAsync(
                context.Profile.Contact.Id, MessageDirection.Outgoing, text, OutgoingTime(context.ReceivedAt), ledger, cancellationToken,
                context.Group?.Id, writtenByWhatStyle: true);
        }

        return new AgentReply
        {
            Text = text,
            Sticker = sticker,
            Provider = drafted.Provider ?? "offline",
            Fallback = drafted.Text is null || drafted.Fallback,
            LlmCalls = counter.Calls,
            FailedLlmCalls = counter.Failed,
            PromptTokens = counter.PromptTokens,
            ToolCalls = ledger.Calls,
            LatencyMs = (long)time.GetElapsedTime(started).TotalMilliseconds,
            Tone = context.Tone,
            Quote = context.Group is null ? null : message.Text,
            FallbackReason = drafted.FallbackReason,
            Queued = queued,
        };
    }

    private async Task<ModelDraft> DraftAsync(ReplyContext context, ToolCallLedger ledger, LlmCallCounter counter, CancellationToken cancellationToken)
    {
        var prompt = prompts.Build(context);
        var scope = new ConversationScope(context.Profile, context.Group is { Id: { } groupId } g ? new ConversationGroup(groupId, g.Name) : null);
        var guardLogger = loggerFactory.CreateLogger<ScopedToolFunction>();
        // A group without a known id cannot be scoped (tools would fall back to the sender's private chat): no tools then.
        var scopable = context.Group is null || scope.Group is not null;
        var tools = !scopable ? [] : (await connection.GetToolsAsync(cancellationToken))
            .Where(t => ModelTools.Contains(t.Name) && (scope.Group is null || !OneToOneTools.Contains(t.Name)))
            .Select(t => (AIFunction)new ScopedToolFunction(ModelToolView.For(t, oneToOne: scope.Group is null), scope, ledger, guardLogger))
            .ToList();
        var call = new ReplyCall(prompt.System, prompt.User, _options.MaxOutputTokens, Temperature: 0.7f, _options.MaxToolIterations);

        ChatResponse response;
        try
        {
            response = await kernel.CompleteAsync(chain, tools, call, counter, cancellationToken);
        }
        catch (ProviderChainExhaustedException ex)
        {
            var attempted = ex.Reasons.Any(r => r.Attempted);
            if (attempted)
            {
                LogExhausted(_logger, ex.Message);
            }
            else
            {
                // Running without keys is a supported way to use WhatStyle, not something to warn about on every reply.
                LogNoProvider(_logger);
            }

            return new ModelDraft(null, null, true, attempted, attempted ? "every provider failed" : "no provider is configured");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The agent never leaves a message unanswered: any other model-side failure also ends in the offline reply.
            LogUnexpected(_logger, ex.GetType().Name);
            return new ModelDraft(null, null, true, true, "the model call failed");
        }

        var info = ProviderResponseInfo.From(response);
        // Only the loop's final message is the reply: text sent alongside an earlier tool call ("let me check…") is not,
        // nor is a last message that still asks for tools (the loop stopped at its iteration limit).
        var final = response.Messages.LastOrDefault(m => m.Role == ChatRole.Assistant);
        var draft = final is null || final.Contents.OfType<FunctionCallContent>().Any() || string.IsNullOrWhiteSpace(final.Text) ? null : final.Text;
        // Only a draft needs the other contacts' names (list_contacts costs O(contacts)); outside the model's try, since a
        // storage failure here is not a provider failure and must not queue a retry.
        IReadOnlyCollection<string> others = string.IsNullOrWhiteSpace(draft) ? [] : await gatherer.OtherContactNamesAsync(context.Profile.Contact.Id, ledger, cancellationToken);
        var processed = postProcessor.Process(draft, context, others);
        if (!processed.Accepted)
        {
            LogRejected(_logger, info?.Provider ?? "unknown", processed.RejectedBecause!);
            return new ModelDraft(null, null, true, false, $"the model's reply was rejected ({processed.RejectedBecause})");
        }

        return new ModelDraft(processed.Text, info?.Provider ?? "unknown", info?.Fallback ?? false, false, null);
    }

    private async Task<ReplySticker?> StickerFor(ReplyContext context, ToolCallLedger ledger, CancellationToken cancellationToken)
    {
        if (ledger.LastResults.TryGetValue(ToolNames.SelectSticker, out var chosen))
        {
            // The model may pick a sticker only where the owner's own rules allow one at all.
            return StickerReading.Allowed(context) ? StickerReading.From(chosen, stickers) : null;
        }

        if (!StickerReading.Wanted(context))
        {
            return null;
        }

        var tone = context.Tone;
        var selection = await gatherer.SelectStickerAsync(context.Profile.Contact.Id, tone.Emotion.Label, tone.Intensity, ledger, cancellationToken);
        return StickerReading.From(selection, stickers);
    }

    private async Task EnqueueAsync(ReplyContext context, string offlineText, string reason, CancellationToken cancellationToken)
    {
        var message = context.Message;
        await queue.EnqueueAsync(new RetryItem
        {
            ContactId = context.Profile.Contact.Id,
            Text = message.Text,
            Group = message.Group,
            GroupMembers = [.. message.GroupMembers],
            MessageId = message.MessageId,
            ReceivedAt = context.ReceivedAt,
            OfflineReply = offlineText,
            Reason = reason,
            Crisis = context.Tone.Crisis.HoldsReply ? $"{context.Tone.Crisis.Level.ToString().ToLowerInvariant()} {context.Tone.Crisis.Kind}" : null,
            EnqueuedAt = time.GetUtcNow(),
        }, cancellationToken);
    }

    private DateTimeOffset OutgoingTime(DateTimeOffset received)
    {
        // The reply comes after the message it answers, so exchanges pair up (and the history keeps its order) in memory
        // even under a frozen test clock or a message stamped in the future.
        var now = time.GetUtcNow();
        return now <= received ? received.AddSeconds(1) : now;
    }

    private OfflineRequest OfflineRequestFor(ReplyContext context) => new()
    {
        EmergencyNumber = _options.EmergencyNumber,
        Text = context.Message.Text,
        Profile = context.Profile,
        Voice = context.Voice,
        Tone = context.Tone,
        SimilarExchanges = context.SimilarExchanges,
        MessageId = context.Message.MessageId,
        RegisterFloor = context.Group?.Floor,
        AddressFloor = context.Group?.Address,
        Rejected = context.RejectedReplies,
    };

    private static void Validate(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (string.IsNullOrWhiteSpace(message.Contact))
        {
            throw new ArgumentException("The message has no contact: say who wrote it (name, alias or number).", nameof(message));
        }

        if (string.IsNullOrWhiteSpace(message.Text))
        {
            throw new ArgumentException("The message text is empty: there is nothing to answer.", nameof(message));
        }

        if (message.Text.Length > TextLimits.MaxMessageLength)
        {
            throw new ArgumentException($"The message is {message.Text.Length} characters long; the limit is {TextLimits.MaxMessageLength}.", nameof(message));
        }
    }

    /// <summary>The model's outcome: text when it produced a usable reply; otherwise why not, and whether a provider actually failed.</summary>
    private sealed record ModelDraft(string? Text, string? Provider, bool Fallback, bool ProviderFailed, string? FallbackReason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply from {Provider} rejected by the post-processor: {Reason}. Using the offline reply.")]
    private static partial void LogRejected(ILogger logger, string provider, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No provider answered; using the offline reply. {Reason}")]
    private static partial void LogExhausted(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "No provider is configured; using the offline reply.")]
    private static partial void LogNoProvider(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The model call failed ({Error}); using the offline reply.")]
    private static partial void LogUnexpected(ILogger logger, string error);
}
