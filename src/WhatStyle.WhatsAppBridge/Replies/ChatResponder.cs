using System.Diagnostics;
using Microsoft.Extensions.Options;
using WhatStyle.Agent.Replies;
using WhatStyle.Tools.Attention;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.ReplyLog;
using WhatStyle.Tools.Tone;
using WhatStyle.WhatsAppBridge.Channels;
using WhatStyle.WhatsAppBridge.Health;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Poison;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.State;
using WhatStyle.WhatsAppBridge.Telemetry;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// Answers one chat: all its pending messages (a burst) get one reply, queued in the outbox or stored as a draft in
/// the same step that marks the messages answered, so a crash can neither lose nor double the reply.
/// </summary>
internal sealed class ChatResponder(
    IBridgeState bridgeState,
    MessageLedger ledger,
    Outbox outbox,
    ReplyPolicy policy,
    ContactModes contactModes,
    ContactNames contactNames,
    IReplyAgent agent,
    IDraftStore drafts,
    IReplyLog replyLog,
    IUrgentMessages urgent,
    ReadReceipts receipts,
    IChannelSender channel,
    BridgeHealth health,
    BridgeMetrics metrics,
    TimeProvider time,
    IOptionsMonitor<ReplyPolicyOptions> options,
    IOptionsMonitor<PoisonOptions> poison,
    ConfiguredSecrets secrets,
    CrisisHold crisisHold,
    ILogger<ChatResponder> logger)
{
    /// <summary>Consecutive transient failures per chat, only for the backoff (in memory: a restart just retries sooner).</summary>
    private readonly RetryBudget<string> _transient = new(time);

    public async Task RespondAsync(ChatRecord chat, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chat);
        var pending = ledger.PendingIn(chat.Id);
        if (pending.Count == 0)
        {
            _transient.Forget(chat.Id);
            ledger.SettleChat(chat.Id);
            return;
        }

        try
        {
            await AnswerAsync(chat, pending, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && FailureReason.IsTransient(ex))
        {
            // Storage, disk or network briefly unavailable: not these messages' fault, so no attempt is spent (an outage
            // would otherwise dead-letter every chat answered meanwhile). The chat waits out a capped backoff instead.
            var settings = poison.CurrentValue;
            _transient.Fail(chat.Id, settings.PoisonMaxAttempts, settings.PoisonRetryBaseDelay, spendsAttempt: false);
            ledger.Postpone(chat.Id, _transient.DueAt(chat.Id));
            metrics.PoisonRetry("reply");
            logger.LogWarning("Answering {Count} message(s) failed ({Error}, transient: not counted); retrying after a backoff.", pending.Count, FailureReason.Kind(ex));
            return;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The same failure every time (an agent bug on this text, a message storage rejects) must not hold the chat
            // forever: the messages are retried with backoff, then kept as dead letters so later messages get answered.
            _transient.Forget(chat.Id);
            var settings = poison.CurrentValue;
            var deadLettered = ledger.RecordFailure(pending, FailureReason.Describe(ex, secrets.Values), settings.PoisonMaxAttempts, settings.PoisonRetryBaseDelay);
            if (deadLettered == 0)
            {
                metrics.PoisonRetry("reply");
                logger.LogWarning("Answering {Count} message(s) failed ({Error}); retrying after a backoff.", pending.Count, FailureReason.Kind(ex));
            }
            else
            {
                metrics.PoisonDeadLetter("reply", deadLettered);
                logger.LogError("{Count} message(s) failed every attempt to answer them ({Error}); kept as dead letters, the chat moves on.",
                    deadLettered, FailureReason.Kind(ex));
            }

            return;
        }

        _transient.Forget(chat.Id);
    }

    private async Task AnswerAsync(ChatRecord chat, IReadOnlyList<MessageRecord> pending, CancellationToken cancellationToken)
    {
        var last = pending[^1];
        var now = time.GetUtcNow();
        // A contact's own mode applies to their 1:1 chat; a group is configured by its id (Bridge:Contacts) or the default.
        // A hidden id (LID) becomes the person's number where the channel can tell it: their mode and settings apply.
        var person = await contactNames.PersonAsync(last.From, cancellationToken);
        var owner = last.Group is null ? await contactModes.FindAsync(person, cancellationToken) : default;
        // A takeover outranks every mode, Bridge:Contacts included: the owner is answering this chat themselves.
        var decision = owner.TakenOver
            ? new ReplyDecision(ReplyMode.Off, "the owner took this chat over (dashboard)")
            : policy.Decide(chat.Id, person, now, owner.Mode);
        if (decision.Mode != ReplyMode.Off && channel.IsPersonal && bridgeState.Chats.Find(chat.Id) is { } current)
        {
            decision = PersonalRules(decision, current, now);
        }

        var incomingText = string.Join('\n', pending.Select(m => m.Text));
        var reading = crisisHold.ReadTone(incomingText);
        var crisis = reading.Crisis;
        // A crisis where no draft will be made (the chat is off or taken over) alerts the same way: the owner must hear of
        // it at once, and without a draft the dashboard would have nothing else to show.
        if ((!crisis.HoldsReply && reading.Urgency.Label == UrgencyLevel.High) || (crisis.HoldsReply && decision.Mode == ReplyMode.Off))
        {
            // The dashboard alerts the owner (and a note to self, when set) until the chat is answered; quiet hours or not.
            await urgent.AddAsync(new UrgentMessage(last.Id, person, chat.Id, last.Group, DateTimeOffset.FromUnixTimeMilliseconds(last.TimestampMs)), cancellationToken);
        }

        if (crisis.HoldsReply && decision.Mode != ReplyMode.Off)
        {
            // A crisis is drafted now, quiet hours or not: the draft sends nothing, and the owner must hear of it at once.
            decision = new ReplyDecision(ReplyMode.Draft, "crisis");
        }

        if (decision.NotBefore is { } notBefore)
        {
            ledger.Postpone(chat.Id, notBefore);
            return;
        }

        if (decision.Mode == ReplyMode.Off)
        {
            if (crisis.HoldsReply)
            {
                crisisHold.Alert(crisis, last.Id);
            }

            Finish(pending, MessageState.Stored, replyId: null, note: $"not answered: {decision.Reason}", []);
            return;
        }

        if (decision.Mode == ReplyMode.Auto && last.Group is null && !health.SendingStopped)
        {
            // Best effort, sent outside this reply slot: a read receipt must not hold up the reply. Groups do not support it.
            receipts.Queue(last);
        }

        // First contact: the person becomes a contact under their WhatsApp profile name, with the number kept.
        await contactNames.EnsureAsync(person, pending.Select(m => m.SenderName).LastOrDefault(n => n is not null), cancellationToken);
        if (!string.Equals(person, last.From, StringComparison.Ordinal))
        {
            await contactNames.PersonAsync(last.From, cancellationToken); // the number's contact exists now: link the LID to it
        }

        var started = Stopwatch.GetTimestamp();
        AgentReply reply;
        try
        {
            reply = await agent.ReplyAsync(new IncomingMessage
            {
                Contact = person,
                Text = incomingText,
                Group = last.Group,
                MessageId = last.Id,
                Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(last.TimestampMs),
                // A draft is not what was said until the owner approves it; DraftDispatcher records it when it is sent.
                RecordReply = decision.Mode != ReplyMode.Draft,
            }, cancellationToken);
        }
        catch (ArgumentException ex)
        {
            Finish(pending, MessageState.Stored, replyId: null, note: $"agent refused: {ex.Message}", []);
            return;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            health.AgentFailed(ex.GetType().Name);
            throw;
        }

        health.AgentReplied(reply.Provider);
        metrics.Reply(reply.Provider, reply.Fallback, decision.Mode.ToString().ToLowerInvariant(), Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        var replyId = $"reply:{last.Id}";
        crisis = CrisisHold.Stronger(crisis, reply.Tone?.Crisis);
        if (crisis.HoldsReply)
        {
            decision = new ReplyDecision(ReplyMode.Draft, "crisis");
            crisisHold.Alert(crisis, last.Id);
        }

        // Who wrote it and how (fallback, failed calls), for the analytics; an automatic reply is sent as the provider's.
        // Idempotent by id: after a crash before Finish the second write changes nothing.
        var automatic = decision.Mode != ReplyMode.Draft;
        await replyLog.RecordAsync(new ReplyRecord
        {
            Id = replyId, Contact = person, WrittenAt = now, Provider = reply.Provider, Fallback = reply.Fallback,
            Calls = reply.LlmCalls, FailedCalls = reply.FailedLlmCalls, SentBy = automatic ? reply.Provider : null, SentAt = automatic ? now : null,
        }, cancellationToken);
        if (decision.Mode == ReplyMode.Draft)
        {
            // Deterministic id: after a crash before Finish, the second AddAsync finds the draft and stores nothing new.
            await drafts.AddAsync(new Draft
            {
                Id = replyId,
                Contact = person,
                Chat = chat.Id,
                Group = last.Group,
                InReplyTo = last.Id,
                IncomingText = incomingText,
                Text = reply.Text,
                // No sticker answers a crisis, even once the owner approves the text.
                StickerPath = crisis.HoldsReply ? null : reply.Sticker?.FilePath,
                Crisis = crisis.HoldsReply ? CrisisHold.Label(crisis) : null,
                Source = "bridge",
                Provider = reply.Provider,
                CreatedAt = now,
            }, cancellationToken);
            Finish(pending, MessageState.Drafted, replyId, note: null, []);
            return;
        }

        Finish(pending, MessageState.Answered, replyId, note: null, OutboxItems.ForReply(replyId, chat, last, reply.Text, reply.Sticker?.FilePath, now));
        outbox.Notify();
    }

    /// <summary>
    /// A personal phone is the owner's own voice: within <c>Bridge:TakeoverPause</c> of the owner writing in the chat
    /// nothing is answered, and a chat the owner has never written in gets drafts, never an automatic message.
    /// </summary>
    private ReplyDecision PersonalRules(ReplyDecision decision, ChatRecord chat, DateTimeOffset now)
    {
        if (chat.OwnerWroteAtMs is { } wrote && now < DateTimeOffset.FromUnixTimeMilliseconds(wrote) + options.CurrentValue.TakeoverPause)
        {
            return new ReplyDecision(ReplyMode.Off, "the owner wrote in this chat within Bridge:TakeoverPause");
        }

        if (decision.Mode == ReplyMode.Auto && chat.OwnerWroteAtMs is null)
        {
            return new ReplyDecision(ReplyMode.Draft, "draft: the owner has never written in this chat");
        }

        return decision;
    }

    /// <summary>
    /// Queues the reply's outbox items, marks the messages and settles the chat in one transaction. The messages are
    /// re-read inside it (on PostgreSQL their rows locked): when none is still waiting, the reply is not queued. A revoke
    /// may have withdrawn them while the agent was writing, or, with several bridges, this bridge's lease on the chat ran
    /// out during a long reply and another bridge answered them first; queuing this one too would answer them twice.
    /// </summary>
    private void Finish(IReadOnlyList<MessageRecord> pending, MessageState state, string? replyId, string? note, IReadOnlyList<OutboxItem> items)
    {
        // One commit instead of two: each LiteDB commit rewrites whole pages, so commits are the bridge's main cost.
        var superseded = ledger.InBatch(() =>
        {
            var waiting = pending.Select(m => bridgeState.Messages.Find(m.Id)).OfType<MessageRecord>().Where(m => m.State == MessageState.Pending).ToList();
            if (waiting.Count == 0)
            {
                ledger.SettleChat(pending[0].Chat);
                return true;
            }

            outbox.AddNew(items);
            foreach (var current in waiting)
            {
                current.State = state;
                current.ReplyId = replyId;
                current.Note = note ?? current.Note;
                bridgeState.Messages.Update(current);
            }

            ledger.SettleChat(pending[0].Chat);
            return false;
        });
        if (superseded && items.Count > 0)
        {
            logger.LogWarning("A reply to {Count} message(s) was not queued: they were answered or withdrawn while it was written.", pending.Count);
        }
    }
}
