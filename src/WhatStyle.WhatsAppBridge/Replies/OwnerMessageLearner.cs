using Microsoft.Extensions.Options;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Platform;
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
    IntakePressure pressure,
    BackgroundTaskScheduler background,
    TimeProvider time,
    IOptionsMonitor<WorkerOptions> options,
    ILogger<OwnerMessageLearner> logger) : PeriodicWorker(time, logger)
{
    protected override TimeSpan Interval => options.CurrentValue.PollInterval;

    protected override TaskScheduler Scheduler => background;

    protected override async Task WorkAsync(CancellationToken stoppingToken)
    {
        var batch = ledger.Unlearned(64);

        // Drafts waiting in these chats are overtaken by what the owner wrote (the queue and burst window were cleared
        // when the messages were stored). Before the learning, so a crash in between repeats this harmlessly.
        await takeover.WithdrawAsync(
            batch.Where(m => m.Text is not null)
                .GroupBy(m => m.Chat, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => DateTimeOffset.FromUnixTimeMilliseconds(g.Max(m => m.ReceivedAtMs)), StringComparer.Ordinal),
            stoppingToken);

        foreach (var message in batch)
        {
            // Each message is a few writes to whatstyle.db, each with its fsync: while webhooks arrive, the acknowledgement's
            // fsync goes first (a backlog of owner messages learned in one go held the personal channels' p99 ack up).
            await pressure.HoldWhileBusyAsync(stoppingToken);
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
