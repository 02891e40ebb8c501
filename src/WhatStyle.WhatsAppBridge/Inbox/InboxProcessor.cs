using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Configuration;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Webhooks;

namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>
/// Turns inbox bodies into stored messages, statuses and events, oldest first, then deletes them. Re-processing a
/// body after a crash is harmless: messages are deduplicated by wamid and statuses never downgrade.
/// </summary>
internal sealed class InboxProcessor(
    BridgeDatabase database,
    MessageLedger messages,
    StatusLedger statuses,
    BridgeSignals signals,
    TimeProvider time,
    IOptionsMonitor<BridgeOptions> options,
    ILogger<InboxProcessor> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
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
        var items = database.Inbox.Query().OrderBy(i => i.Id).Limit(max).ToList();
        var newMessages = false;
        foreach (var item in items)
        {
            newMessages |= Process(item);
        }

        // One delete per batch: a crash before it only means re-processing, which dedupe makes harmless.
        if (items.Count > 0)
        {
            var lastId = items[^1].Id;
            database.Inbox.DeleteMany(i => i.Id <= lastId);
        }

        if (newMessages)
        {
            signals.Chats.Notify();
        }

        return items.Count;
    }

    private bool Process(InboxItem item)
    {
        WebhookBatch batch;
        try
        {
            batch = WebhookParser.Parse(item.Body);
        }
        catch (JsonException ex)
        {
            // Checked at the door, so this means a corrupted record: keep it as an event rather than lose it.
            logger.LogWarning("Inbox item {Id} is not JSON ({Error}); kept as an event.", item.Id, ex.Message);
            database.Events.Insert(new EventRecord { Kind = "malformed-body", Raw = Encoding.UTF8.GetString(item.Body), ReceivedAtMs = item.ReceivedAtMs });
            return false;
        }

        var added = false;
        foreach (var message in batch.Messages)
        {
            added |= messages.Ingest(message);
        }

        foreach (var status in batch.Statuses)
        {
            statuses.Apply(status);
        }

        foreach (var webhookEvent in batch.Events)
        {
            if (webhookEvent.Kind is "error" or "unrecognised-body" or "malformed-message" or "malformed-status")
            {
                logger.LogWarning("Webhook carried {Kind}; stored as an event.", webhookEvent.Kind);
            }

            database.Events.Insert(new EventRecord { Kind = webhookEvent.Kind, Raw = webhookEvent.Raw, ReceivedAtMs = item.ReceivedAtMs });
        }

        return added;
    }
}
