using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Storage.State;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// Keeps most of the bridge's state (bridge.db, or this account's bridge_* tables on PostgreSQL) from growing for ever:
/// deletes what <see cref="RetentionRule"/> says is fully done and older than <see cref="RetentionOptions.Retention"/>,
/// through <see cref="State.IBridgeState.Retention"/>, so both providers prune the same records. Not pruned at all
/// (yet): stored webhook events (errors, unrecognised bodies) and delivery statuses that stopped at sent or failed, so
/// those still grow with traffic, slowly. Runs every
/// <see cref="RetentionOptions.RetentionInterval"/> in small transactions, holding back while webhooks arrive like the
/// other background work, so it never delays intake.
/// </summary>
internal sealed class Retention(
    IBridgeState state, IntakePressure pressure, TimeProvider time, IOptionsMonitor<RetentionOptions> options, ILogger<Retention> logger)
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
        if (RetentionRule.At(time.GetUtcNow(), options.CurrentValue.Retention) is not { } rule)
        {
            return 0;
        }

        // Each kind in its own transaction (the stores say why); a crash in between leaves only what the next pass deletes.
        var records = state.Retention;
        return records.DeleteMessages(rule, BatchSize) + records.DeleteStatuses(rule, BatchSize) + records.DeleteReplies(rule, BatchSize)
            + records.DeleteDeadBridges(rule, BatchSize);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
