using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Inbox;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// Keeps most of bridge.db from growing for ever: deletes what is fully done and older than <see cref="RetentionOptions.Retention"/>
/// (messages answered, drafted or stored without a reply; delivery statuses delivered, read or played; replies sent).
/// Never pending messages, unsent or unconfirmed replies, or dead letters of any kind. Not pruned at all (yet): stored
/// webhook events (errors, unrecognised bodies) and delivery statuses that stopped at sent or failed, so those two
/// collections still grow with traffic, slowly. Runs every
/// <see cref="RetentionOptions.RetentionInterval"/> in small transactions, holding back while webhooks arrive like the
/// other background work, so it never delays intake.
/// </summary>
internal sealed class Retention(
    BridgeDatabase database, IntakePressure pressure, TimeProvider time, IOptionsMonitor<RetentionOptions> options, ILogger<Retention> logger)
    : BackgroundService
{
    /// <summary>Deletes per transaction: small enough that a commit is a few pages, not a pause.</summary>
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first pass soon after start-up (a bridge restarted often would otherwise never prune), then every interval.
        var wait = Min(options.CurrentValue.RetentionInterval, TimeSpan.FromMinutes(1));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(wait, time, stoppingToken);
                wait = options.CurrentValue.RetentionInterval;
                var deleted = 0;
                int batch;
                do
                {
                    await pressure.HoldWhileBusyAsync(stoppingToken);
                    batch = PruneBatch();
                    deleted += batch;
                }
                while (batch > 0);

                if (deleted > 0)
                {
                    logger.LogInformation("Retention deleted {Count} finished record(s) older than {Retention}.", deleted, options.CurrentValue.Retention);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // Pruning is housekeeping: a failure is logged and the next interval tries again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError("Retention failed ({Error}); it runs again next interval.", ex.GetType().Name);
            }
        }
    }

    /// <summary>Deletes up to one batch of each kind of expired record; returns how many it deleted (0: nothing left).</summary>
    internal int PruneBatch()
    {
        var retention = options.CurrentValue.Retention;
        if (retention <= TimeSpan.Zero)
        {
            return 0;
        }

        var cutoff = (time.GetUtcNow() - retention).ToUnixTimeMilliseconds();

        // One collection per transaction, on purpose. LiteDB 5 takes a collection's write lock at its first write in a
        // transaction and holds it until commit, so a transaction writing several collections must take them in the
        // order every other writer does or it can deadlock (until LiteDB's one-minute lock timeout) with, e.g., a reply's
        // completion (outbox, then messages, under the chat lock). A transaction that writes one collection holds no
        // lock while it waits for one, so it cannot be part of such a cycle whatever order the others use. Nothing is
        // lost by splitting: each record is deleted on its own merits, and a crash in between leaves only records the
        // next pass deletes. (Taking the chat lock instead would also serialise with status updates, which do not use it.)
        var messages = database.InTransaction(() => DeleteAll(database.Messages, database.Messages.Query()
            .Where(m => (m.State == MessageState.Answered || m.State == MessageState.Drafted || m.State == MessageState.Stored) && m.ReceivedAtMs < cutoff)
            .Select(m => m.Id).Limit(BatchSize).ToList()));
        var statuses = database.InTransaction(() => DeleteAll(database.Statuses, database.Statuses.Query()
            .Where(s => (s.Status == "delivered" || s.Status == "read" || s.Status == "played") && s.TimestampMs < cutoff)
            .Select(s => s.Id).Limit(BatchSize).ToList()));
        var sent = database.InTransaction(() => DeleteAll(database.Outbox, database.Outbox.Query()
            .Where(o => o.State == OutboxState.Sent && o.CreatedAtMs < cutoff)
            .Select(o => o.Id).Limit(BatchSize).ToList()));
        return messages + statuses + sent;
    }

    private static int DeleteAll<T>(LiteDB.ILiteCollection<T> collection, List<string> ids)
    {
        ids.ForEach(id => collection.Delete(id));
        return ids.Count;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
