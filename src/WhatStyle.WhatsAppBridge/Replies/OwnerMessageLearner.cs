using Microsoft.Extensions.Options;
using WhatStyle.Tools.Memory;
using WhatStyle.WhatsAppBridge.Hosting;
using WhatStyle.WhatsAppBridge.Inbox;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// Records each message the owner typed on the phone (personal channels) in that contact's conversation history as
/// the owner's outgoing message, which teaches the contact's style at once. Durable: a stored owner message stays
/// "unlearned" in bridge.db until it is recorded, and recording is idempotent by id, so a crash in between repeats
/// nothing. The bridge's own echoes are never recorded here (they are WhatStyle's words, not the owner's).
/// </summary>
internal sealed class OwnerMessageLearner(
    MessageLedger ledger,
    ContactNames names,
    IConversationMemory memory,
    TakeoverDrafts takeover,
    TimeProvider time,
    IOptionsMonitor<WorkerOptions> options,
    ILogger<OwnerMessageLearner> logger) : PeriodicWorker(time, logger)
{
    protected override TimeSpan Interval => options.CurrentValue.PollInterval;

    protected override async Task WorkAsync(CancellationToken stoppingToken)
    {
        foreach (var message in ledger.Unlearned(64))
        {
            // Drafts waiting in this chat are overtaken by what the owner wrote (the queue and burst window were
            // cleared when the message was stored). Before the learning, so a crash in between repeats this harmlessly.
            if (message.Text is not null)
            {
                await takeover.WithdrawAsync(message.Chat, DateTimeOffset.FromUnixTimeMilliseconds(message.ReceivedAtMs), stoppingToken);
            }

            // One-to-one chats teach that contact's style; a group has no single contact to learn for (its history is
            // the agent's to record), so the owner's group messages are only kept in bridge.db.
            if (message.Group is null && message.Text is not null && message.From is { } from
                && await names.EnsureAsync(await names.PersonAsync(from, stoppingToken), null, stoppingToken) is { } contact)
            {
                await memory.RecordAsync(new ConversationMessage(
                    $"wa:{message.Id}", contact.Contact.Id, null, MessageDirection.Outgoing, message.Text,
                    DateTimeOffset.FromUnixTimeMilliseconds(message.TimestampMs)), stoppingToken);
            }

            ledger.MarkLearned(message.Id);
        }

    }
}
