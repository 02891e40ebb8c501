using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Configuration;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Webhooks;

namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>
/// Turns inbox bodies into stored messages, statuses and events, oldest first, and stores how far it got in the same
/// transaction. Re-processing a body after a crash is harmless: messages are deduplicated by wamid and statuses never
/// downgrade.
/// </summary>
internal sealed class InboxProcessor(
    InboxLog log,
    InboxCursor cursor,
    BridgeDatabase database,
    MessageLedger messages,
    StatusLedger statuses,
    BridgeSignals signals,
    IntakePressure pressure,
    TimeProvider time,
    IOptionsMonitor<BridgeOptions> options,
    ILogger<InboxProcessor> logger) : BackgroundService
{
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Here, not in ExecuteAsync: since .NET 10 ExecuteAsync runs wholly in the background, concurrently with webhook
        // intake, and the upgrade appends to the inbox log, which has one writer at a time. Hosted services start before
        // the server accepts requests, so this finishes first.
        StorageUpgrade.Run(database, log, Outbox.WithKeys);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pressure.HoldWhileBusyAsync(stoppingToken);
                if (ProcessBatch(128) > 0)
                {
                    continue;
                }

                await signals.Inbox.WaitAsync(options.CurrentValue.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A storage hiccup must not stop the worker; the body stays in the inbox and is retried.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Inbox processing failed; retrying shortly.");
                await Task.Delay(options.CurrentValue.PollInterval, time, stoppingToken);
            }
        }
    }

    /// <summary>Processes up to <paramref name="max"/> bodies; returns how many.</summary>
    internal int ProcessBatch(int max)
    {
        var from = cursor.Load();
        var read = log.Read(from, max);
        if (read.Records.Count == 0)
        {
            if (read.Next != from)
            {
                cursor.Save(read.Next);
            }

            return 0;
        }

        var batches = read.Records.Select(r => (Record: r, Batch: Parse(r))).ToList();

        // Statuses first, each in its own small transaction (they take the outbox lock, which must not be held together
        // with the messages lock in another order than the reply worker's). They are idempotent, so a crash before the
        // position below is stored only means applying them again.
        foreach (var status in batches.SelectMany(b => b.Batch?.Statuses ?? []))
        {
            statuses.Apply(status);
        }

        // One transaction for all messages and events of the batch and the new position: a LiteDB commit rewrites
        // whole pages, so one commit per batch instead of several per message is most of the background write cost.
        var newMessages = messages.InBatch(() =>
        {
            var added = false;
            foreach (var (record, batch) in batches)
            {
                added |= Store(record, batch);
            }

            cursor.Save(read.Next);
            return added;
        });
        log.DeleteBefore(read.Next);

        if (newMessages)
        {
            signals.Chats.Notify();
        }

        return read.Records.Count;
    }

    private WebhookBatch? Parse(InboxRecord record)
    {
        try
        {
            return WebhookParser.Parse(record.Body);
        }
        catch (JsonException ex)
        {
            // Checked at the door, so this means a corrupted record: keep it as an event rather than lose it.
            logger.LogWarning("An inbox record is not JSON ({Error}); kept as an event.", ex.Message);
            return null;
        }
    }

    private bool Store(InboxRecord record, WebhookBatch? batch)
    {
        if (batch is null)
        {
            database.Events.Insert(new EventRecord { Kind = "malformed-body", Raw = Encoding.UTF8.GetString(record.Body), ReceivedAtMs = record.ReceivedAtMs });
            return false;
        }

        var added = false;
        foreach (var message in batch.Messages)
        {
            added |= messages.Ingest(message);
        }

        foreach (var webhookEvent in batch.Events)
        {
            if (webhookEvent.Kind is "error" or "unrecognised-body" or "malformed-message" or "malformed-status")
            {
                logger.LogWarning("Webhook carried {Kind}; stored as an event.", webhookEvent.Kind);
            }

            database.Events.Insert(new EventRecord { Kind = webhookEvent.Kind, Raw = webhookEvent.Raw, ReceivedAtMs = record.ReceivedAtMs });
        }

        return added;
    }
}
