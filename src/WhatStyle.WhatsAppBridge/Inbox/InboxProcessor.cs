using System.Text.Json;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Channels;
using WhatStyle.WhatsAppBridge.Poison;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Telemetry;
using WhatStyle.WhatsAppBridge.Webhooks;
using WhatStyle.WhatsAppBridge.Hosting;

namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>
/// Turns inbox bodies into stored messages, statuses and events, oldest first, and stores how far it got in the same
/// transaction. Re-processing a body after a crash is harmless: messages are deduplicated by wamid and statuses never
/// downgrade.
/// </summary>
internal sealed class InboxProcessor(
    IInboxLog log,
    InboxCursor cursor,
    BridgeDatabase database,
    MessageLedger messages,
    StatusLedger statuses,
    BridgeSignals signals,
    IntakePressure pressure,
    TimeProvider time,
    IOptionsMonitor<WorkerOptions> options,
    IOptionsMonitor<PoisonOptions> poison,
    BridgeMetrics metrics,
    ConfiguredSecrets secrets,
    InboxDeadLetterStore deadLetters,
    IWebhookParser parser,
    Outbox outbox,
    ChannelSession session,
    ILogger<InboxProcessor> logger) : BackgroundService
{
    // Failing records, by position; only the processor's thread touches these.
    private readonly RetryBudget<InboxPosition> _budget = new(time);
    private InboxPosition? _waitingOn;

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

    /// <summary>Processes up to <paramref name="max"/> bodies; returns how many (stored or set aside).</summary>
    internal int ProcessBatch(int max)
    {
        if (_waitingOn is { } failing && !_budget.IsDue(failing))
        {
            return 0;
        }

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

        try
        {
            Process(read.Records, read.Next);
            if (_waitingOn is { } recovered)
            {
                Forget(recovered); // It failed before and now went through: its budget is no longer needed.
            }

            return read.Records.Count;
        }
#pragma warning disable CA1031 // Any failure, whatever its type, is counted against the record that causes it.
        catch (Exception)
#pragma warning restore CA1031
        {
            // Something in the batch fails: go one record at a time, so the records before the failing one are stored
            // and only the failing one is retried (with backoff) and, if it keeps failing, set aside.
            return ProcessOneByOne(read.Records);
        }
    }

    private int ProcessOneByOne(IReadOnlyList<InboxRecord> records)
    {
        var done = 0;
        foreach (var record in records)
        {
            try
            {
                Process([record], record.Next);
            }
#pragma warning disable CA1031 // See ProcessBatch.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                return done + (RetryOrSetAside(record, ex) ? 1 : 0);
            }

            Forget(record.At);
            done++;
        }

        return done;
    }

    /// <summary>Counts a failure of <paramref name="record"/>; at the last attempt keeps it as a dead letter and moves on.</summary>
    /// <returns>True when the record was set aside.</returns>
    private bool RetryOrSetAside(InboxRecord record, Exception error)
    {
        var settings = poison.CurrentValue;
        var id = InboxDeadLetterStore.IdOf(record);
        // A transient failure (storage or disk briefly unavailable) is not the record's fault: it waits out the same
        // capped backoff but keeps its attempts, so an outage never sets good records aside.
        var transient = FailureReason.IsTransient(error);
        // A failure that is clearly the record's own (encoding, key length, schema) repeats on every attempt: it is set
        // aside at once instead of holding every chat behind it through the backoff.
        var own = !transient && FailureReason.IsRecordsOwn(error);
        var (attempts, exhausted) = _budget.Fail(record.At, own ? 1 : settings.PoisonMaxAttempts, settings.PoisonRetryBaseDelay, spendsAttempt: !transient);
        if (!exhausted)
        {
            _waitingOn = record.At;
            metrics.PoisonRetry("inbox");
            logger.LogWarning("Inbox record {Id} failed ({Error}{Transient}), attempt {Attempt} of {Max}; retrying after a backoff.",
                id, FailureReason.Kind(error), transient ? ", transient: not counted" : "", attempts, settings.PoisonMaxAttempts);
            return false;
        }

        // The dead letter and the position after it in one transaction: the record is either still in the inbox or
        // kept in full as a dead letter, never neither.
        messages.InBatch(() =>
        {
            deadLetters.Keep(record, attempts, FailureReason.Describe(error, secrets.Values));
            cursor.Save(record.Next);
            return true;
        });
        DeleteProcessedSegments(record.Next);
        Forget(record.At);
        metrics.PoisonDeadLetter("inbox");
        logger.LogError("Inbox record {Id} failed {Attempts} times ({Error}); kept as a dead letter, the inbox moves on.",
            id, attempts, FailureReason.Kind(error));
        return true;
    }

    private void Forget(InboxPosition position)
    {
        _budget.Forget(position);
        if (_waitingOn == position)
        {
            _waitingOn = null;
        }
    }

    /// <summary>Stores <paramref name="records"/> and moves the position to <paramref name="next"/>; all or nothing for messages.</summary>
    private void Process(IReadOnlyList<InboxRecord> records, InboxPosition next)
    {
        var batches = records.Select(r => (Record: r, Parsed: Parse(r))).ToList();

        // The bridge's own sends come back as the owner's messages on personal channels: recognised (and their outbox
        // items confirmed) before the batch, under the outbox's own lock like statuses; idempotent, so a replay agrees.
        batches = [.. batches.Select(b => (b.Record, (MarkEchoes(b.Parsed.Batch), b.Parsed.NotJson)))];

        // Statuses first, each in its own small transaction (they take the outbox lock, which must not be held together
        // with the messages lock in another order than the reply worker's). They are idempotent, so a crash before the
        // position below is stored only means applying them again.
        foreach (var status in batches.SelectMany(b => b.Parsed.Batch?.Statuses ?? []))
        {
            statuses.Apply(status);
        }

        // One transaction for all messages and events of the batch and the new position: a LiteDB commit rewrites
        // whole pages, so one commit per batch instead of several per message is most of the background write cost.
        // Counted in a tally and reported after the commit: a rolled-back batch is replayed and must not count twice.
        var tally = messages.InBatch(() =>
        {
            var counts = new BatchTally();
            foreach (var (record, parsed) in batches)
            {
                Store(record, parsed, counts);
            }

            cursor.Save(next);
            return counts;
        });

        tally.Report(metrics);
        foreach (var status in batches.Select(b => b.Parsed.Batch?.SessionStatus).OfType<string>())
        {
            session.Report(status);
        }

        DeleteProcessedSegments(next);
        if (tally.Stored.Count > 0)
        {
            signals.Chats.Notify();
        }
    }

    /// <summary>
    /// Housekeeping, outside poison handling: the batch is committed and the position stored, so a failure here must not
    /// make the batch look failed (replaying it would move the position back, insert its events twice and set stored
    /// records aside). Logged by type only; the next batch deletes every segment before its own position, so a segment
    /// left behind now is deleted then.
    /// </summary>
    private void DeleteProcessedSegments(InboxPosition processed)
    {
        try
        {
            log.DeleteBefore(processed);
        }
#pragma warning disable CA1031 // Any failure to delete a file is retried with the next batch; processing goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning("Deleting processed inbox segments failed ({Error}); retried after the next batch.", FailureReason.Kind(ex));
        }
    }

    private (WebhookBatch? Batch, string? NotJson) Parse(InboxRecord record)
    {
        if (record.Corrupt)
        {
            throw new InvalidDataException("The record's checksum does not match: damaged on disk.");
        }

        try
        {
            return (parser.Parse(JsonTextRepair.Repair(record.Body)), null);
        }
        catch (JsonException ex)
        {
            // Checked at the door, so this means a corrupted record. Retrying cannot help: it becomes a dead letter at once.
            logger.LogWarning("Inbox record {Id} is not JSON; kept as a dead letter.", InboxDeadLetterStore.IdOf(record));
            return (null, ex.Message);
        }
    }

    private WebhookBatch? MarkEchoes(WebhookBatch? batch)
    {
        if (batch is null || !batch.Messages.Any(m => m.FromMe))
        {
            return batch;
        }

        var marked = batch.Messages.Select(m => m.FromMe && outbox.ConfirmEcho(m.Chat ?? m.Group ?? m.From ?? "", m.Id, m.Text) ? m with { IsEcho = true } : m).ToList();
        return new WebhookBatch(marked, batch.Statuses, batch.Events) { SessionStatus = batch.SessionStatus };
    }

    private void Store(InboxRecord record, (WebhookBatch? Batch, string? NotJson) parsed, BatchTally tally)
    {
        if (parsed.Batch is not { } batch)
        {
            deadLetters.Keep(record, attempts: 1, $"not JSON: {parsed.NotJson}");
            tally.DeadLetters++;
            return;
        }

        foreach (var message in batch.Messages)
        {
            if (messages.Ingest(message))
            {
                tally.Stored.Add(message.Type);
            }
            else
            {
                tally.Duplicates++;
            }
        }

        foreach (var webhookEvent in batch.Events)
        {
            if (webhookEvent.Kind is "error" or "unrecognised-body" or "malformed-message" or "malformed-status")
            {
                logger.LogWarning("Webhook carried {Kind}; stored as an event.", webhookEvent.Kind);
            }

            database.Events.Insert(new EventRecord { Kind = webhookEvent.Kind, Raw = webhookEvent.Raw, ReceivedAtMs = record.ReceivedAtMs });
        }
    }
}
