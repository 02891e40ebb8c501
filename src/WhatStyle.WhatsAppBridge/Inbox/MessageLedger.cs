using Microsoft.Extensions.Options;
using WhatStyle.Tools.Events;
using WhatStyle.WhatsAppBridge.Configuration;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.State;
using WhatStyle.WhatsAppBridge.Webhooks;
using WhatStyle.WhatsAppBridge.Replies;

namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>
/// Stores incoming messages (dropping duplicates by wamid) and keeps each chat's "due" time for burst coalescing.
/// Chat records are changed only under one lock, so a message arriving while its chat is being answered is never lost.
/// </summary>
internal sealed class MessageLedger(
    IBridgeState state, Outbox outbox, TimeProvider time, IOptionsMonitor<ReplyPolicyOptions> options, ILogger<MessageLedger> logger, BridgeEvents? events = null)
{
    private readonly Lock _chatGate = new();

    /// <summary>
    /// Runs <paramref name="work"/> (the inbox processor's batch, a reply's completion) in one transaction. The chat lock
    /// is taken first and held throughout, so the lock order is always chat lock, then LiteDB's collection locks: nobody
    /// takes the chat lock inside a transaction of their own.
    /// </summary>
    public T InBatch<T>(Func<T> work)
    {
        lock (_chatGate)
        {
            return state.InTransaction(work);
        }
    }

    /// <summary>Stores one message; returns false when it was a duplicate delivery.</summary>
    /// <remarks>Counts nothing in the metrics: this runs inside the caller's transaction, which may roll back and be
    /// replayed, so the caller counts after its commit.</remarks>
    public bool Ingest(InboundMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = time.GetUtcNow();

        // The inbox processor is the only writer of messages, and this check-and-insert runs on its single thread,
        // so two deliveries of one wamid cannot both pass; the unique _id is the backstop.
        if (state.Messages.Find(message.Id) is not null)
        {
            return false;
        }

        var record = new MessageRecord
        {
            Id = message.Id,
            Chat = message.Chat ?? message.Group ?? message.From ?? "unknown",
            From = message.From ?? "",
            UserId = message.UserId,
            Group = message.Group,
            SenderName = message.SenderName,
            PhoneNumberId = message.PhoneNumberId,
            Type = message.Type,
            Text = message.Text,
            ContextId = message.ContextId,
            Raw = message.Raw,
            TimestampMs = (message.Timestamp ?? now).ToUnixTimeMilliseconds(),
            ReceivedAtMs = now.ToUnixTimeMilliseconds(),
            State = MessageState.Stored,
            Note = message.Note,
        };

        var age = now - (message.Timestamp ?? now);
        if (message.FromMe)
        {
            // The owner's own account: never answered. Either the bridge's own send coming back (recorded once as what was
            // said, teaching nothing) or the owner typing on the phone (teaches the contact's style, and takes the chat over).
            IngestOwn(message, record);
            ApplyToTarget(message);
            if (!state.Messages.TryInsert(record))
            {
                return false; // Stored meanwhile by another bridge (PostgreSQL): the same delivery, answered there.
            }

            RecordReceived(record, fromOwner: true);
            return true;
        }

        if (message.Text is not null && record.Group is not null && GroupSkip(message) is { } skip)
        {
            record.Note = skip;
        }
        else if (message.Text is not null && record.From.Length > 0)
        {
            if (age > options.CurrentValue.MaxMessageAge)
            {
                record.Note = $"older than {options.CurrentValue.MaxMessageAge}: stored, not answered";
            }
            else
            {
                record.State = MessageState.Pending;
            }
        }

        if (message.Text is null && message.Note?.StartsWith("unknown type", StringComparison.Ordinal) == true)
        {
            logger.LogWarning("Stored message {MessageId} of unknown type {Type} without answering it.", message.Id, message.Type);
        }

        ApplyToTarget(message);
        if (!state.Messages.TryInsert(record))
        {
            return false; // See above.
        }

        RecordReceived(record, fromOwner: false);
        if (record.State == MessageState.Pending)
        {
            MarkChatDue(record.Chat, record.Group is not null, now);
        }

        return true;
    }

    // Inside the caller's transaction (InBatch): the event is committed with the message or not at all.
    private void RecordReceived(MessageRecord record, bool fromOwner) =>
        events?.Record(EventTypes.MessageReceived, new MessageReceivedData(
            record.Id, record.Chat, record.From, record.Group, record.Type, record.Text?.Length ?? 0, fromOwner,
            DateTimeOffset.FromUnixTimeMilliseconds(record.TimestampMs)));

    private void IngestOwn(InboundMessage message, MessageRecord record)
    {
        if (message.IsEcho || message.SentThroughApi)
        {
            record.Origin = "whatstyle";
            record.Learned = true;
            record.Note = message.IsEcho ? "sent by WhatStyle (echo of its own send)" : "sent through the engine's API, not typed by the owner";
            return;
        }

        record.Origin = "owner";
        record.Learned = message.Text is null; // Reactions, revokes and edits teach no style.
        record.Note = "written by the owner";
        if (message.Text is not null)
        {
            TakeOver(record.Chat, record.Group is not null, record.TimestampMs);
        }
    }

    /// <summary>
    /// The owner wrote in the chat: whatever the bridge had pending there (burst window, queued replies not yet on
    /// their way) is cancelled, and <c>Bridge:TakeoverPause</c> starts from the owner's message.
    /// </summary>
    private void TakeOver(string chat, bool isGroup, long ownerWroteAtMs)
    {
        lock (_chatGate)
        {
            var record = state.Chats.Find(chat) ?? new ChatRecord { Id = chat, IsGroup = isGroup, DueKey = long.MaxValue };
            record.OwnerWroteAtMs = Math.Max(record.OwnerWroteAtMs ?? 0, ownerWroteAtMs);
            foreach (var pending in state.Messages.PendingIn(chat))
            {
                if (pending.TimestampMs > ownerWroteAtMs)
                {
                    continue; // Written after the owner's message: the pause decides about it.
                }

                pending.State = MessageState.Stored;
                pending.Note = "not answered: the owner answered this chat themselves (takeover)";
                state.Messages.Update(pending);
            }

            record.HasPending = state.Messages.AnyPendingIn(chat);
            record.DueKey = record.HasPending ? record.DueAtMs : long.MaxValue;
            state.Chats.Upsert(record);
        }

        var cancelled = outbox.CancelPendingFor(chat);
        if (cancelled > 0)
        {
            logger.LogInformation("The owner took over a chat; {Count} queued reply part(s) withdrawn.", cancelled);
        }
    }

    /// <summary>Why a group message gets no reply under <c>Bridge:Groups</c>, or null when it may.</summary>
    private string? GroupSkip(InboundMessage message) => options.CurrentValue.Groups switch
    {
        GroupReplies.Off => "not answered: group replies are off (Bridge:Groups)",
        GroupReplies.Mentioned when !message.AddressesOwner => "not answered: the owner is not mentioned or quoted (Bridge:Groups = mentioned)",
        _ => null,
    };

    /// <summary>Owner's own messages not yet recorded in the conversation history, oldest first.</summary>
    public IReadOnlyList<MessageRecord> Unlearned(int max) => state.Messages.Unlearned(max);

    public void MarkLearned(string id) => state.Atomically(() =>
    {
        if (state.Messages.Find(id) is { } record)
        {
            record.Learned = true;
            state.Messages.Update(record);
        }

        return true;
    });

    /// <summary>Pending messages of a chat in conversation order (WhatsApp timestamp, then arrival).</summary>
    public IReadOnlyList<MessageRecord> PendingIn(string chat) =>
        [.. state.Messages.PendingIn(chat).OrderBy(m => m.TimestampMs).ThenBy(m => m.ReceivedAtMs)];

    /// <summary>Chats whose burst window has passed, claimed for this bridge (see <see cref="IChatRecords.ClaimDue"/>).</summary>
    public IReadOnlyList<ChatRecord> DueChats(DateTimeOffset now, int max) => state.Chats.ClaimDue(now.ToUnixTimeMilliseconds(), max);

    /// <summary>How many chats to ask <see cref="DueChats"/> for to fill the free slots, with <paramref name="running"/> chats being answered.</summary>
    public int ChatsToClaim(int maxConcurrent, int running) =>
        // Leased chats being answered are not returned again, so only the free slots are asked for (a surplus would be
        // leased and handed back one by one); without leases the running chats are the earliest due until they settle,
        // so that many more always includes every free slot's next chat.
        state.Chats.LeasesClaims ? Math.Max(0, maxConcurrent - running) : maxConcurrent + running;

    /// <summary>How often the claims on chats being answered are extended: a third of their lease; null when they never run out.</summary>
    public TimeSpan? ClaimRenewalInterval => state.Chats.ClaimLease / 3;

    /// <summary>Extends this bridge's claims on the chats it is answering, so a slow reply keeps its chat.</summary>
    public int RenewClaims() => state.Chats.RenewClaims();

    /// <summary>Gives up this bridge's claim on a chat it has finished answering or will not start.</summary>
    public void ReleaseChat(string chat) => state.Chats.Release(chat);

    /// <summary>At start-up, before answering: claims this bridge held before a restart are dropped.</summary>
    public void ReleaseOwnClaims() => state.ReleaseOwnClaims();

    /// <summary>Clears the chat's pending flag unless messages arrived that this reply did not cover.</summary>
    public void SettleChat(string chat)
    {
        lock (_chatGate)
        {
            state.Atomically(() =>
            {
                var record = state.Chats.Find(chat);
                if (record is null)
                {
                    return false;
                }

                record.HasPending = state.Messages.AnyPendingIn(chat);
                record.DueKey = record.HasPending ? record.DueAtMs : long.MaxValue;
                state.Chats.Update(record);
                return true;
            });
        }
    }

    /// <summary>
    /// Counts a failed attempt to answer <paramref name="attempted"/>: each still-pending message that reached
    /// <paramref name="maxAttempts"/> becomes a dead letter (kept with <paramref name="reason"/>, never answered unless
    /// retried); the chat waits baseDelay × 2^(attempts−1) before the rest is tried again. Messages that arrived after
    /// the attempt started keep their own full budget.
    /// </summary>
    /// <returns>How many messages became dead letters.</returns>
    public int RecordFailure(IReadOnlyList<MessageRecord> attempted, string reason, int maxAttempts, TimeSpan baseDelay)
    {
        ArgumentNullException.ThrowIfNull(attempted);
        if (attempted.Count == 0)
        {
            return 0;
        }

        return InBatch(() =>
        {
            var deadLettered = 0;
            var retryAttempts = 0;
            foreach (var message in attempted)
            {
                var current = state.Messages.Find(message.Id);
                if (current is null || current.State != MessageState.Pending)
                {
                    continue;
                }

                current.Attempts++;
                if (current.Attempts >= maxAttempts)
                {
                    current.State = MessageState.DeadLetter;
                    current.Note = $"dead letter after {current.Attempts} failed attempts: {reason}";
                    deadLettered++;
                }
                else
                {
                    retryAttempts = Math.Max(retryAttempts, current.Attempts);
                }

                state.Messages.Update(current);
            }

            var chat = attempted[0].Chat;
            SettleChat(chat);
            if (retryAttempts > 0)
            {
                Postpone(chat, time.GetUtcNow() + baseDelay * Math.Pow(2, Math.Min(retryAttempts - 1, 20)));
            }

            return deadLettered;
        });
    }

    /// <summary>Pushes the chat's due time to <paramref name="notBefore"/> (quiet hours).</summary>
    public void Postpone(string chat, DateTimeOffset notBefore)
    {
        lock (_chatGate)
        {
            state.Atomically(() =>
            {
                if (state.Chats.Find(chat) is { } record)
                {
                    record.DueAtMs = Math.Max(record.DueAtMs, notBefore.ToUnixTimeMilliseconds());
                    record.DueKey = record.HasPending ? record.DueAtMs : long.MaxValue;
                    state.Chats.Update(record);
                }

                return true;
            });
        }
    }

    /// <summary>Marks the chat as having pending messages, due one burst window from <paramref name="now"/>.</summary>
    public void MarkChatDue(string chat, bool isGroup, DateTimeOffset now)
    {
        lock (_chatGate)
        {
            state.Atomically(() =>
            {
                var due = (now + options.CurrentValue.BurstWindow).ToUnixTimeMilliseconds();
                var record = state.Chats.Find(chat) ?? new ChatRecord { Id = chat, IsGroup = isGroup };
                record.HasPending = true;
                record.DueAtMs = Math.Max(record.DueAtMs, due);
                record.DueKey = record.DueAtMs;
                state.Chats.Upsert(record);
                return true;
            });
        }
    }

    /// <summary>Edits replace the text of a message not yet answered; revokes withdraw it from its reply.</summary>
    private void ApplyToTarget(InboundMessage message)
    {
        if (message.TargetId is null || message.Type is not ("edit" or "revoke"))
        {
            return;
        }

        var target = state.Messages.Find(message.TargetId);
        if (target is null || target.State != MessageState.Pending)
        {
            return;
        }

        if (message.Type == "revoke")
        {
            target.State = MessageState.Stored;
            target.Note = "revoked by the sender before it was answered";
        }
        else if (message.EditedText is not null)
        {
            target.Text = message.EditedText;
            target.Note = "edited";
        }

        state.Messages.Update(target);
    }
}
