using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Events;

namespace WhatStyle.Hosting.Events;

/// <summary>
/// Drains every event outbox of the process onto the bus: oldest first, each event removed only once the broker has
/// stored it. A failed publish postpones that event with exponential backoff and holds back the ones behind it in its
/// outbox, so subscribers see each outbox's events in order; nothing is lost while the broker is down, the outbox only
/// grows until it is back.
/// </summary>
internal sealed class EventOutboxPublisher(
    IEnumerable<IEventOutbox> outboxes,
    IEventBus bus,
    TimeProvider time,
    IOptionsMonitor<EventPublisherOptions> options,
    ILogger<EventOutboxPublisher> logger) : BackgroundService
{
    private readonly IEventOutbox[] _outboxes = [.. outboxes];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var published = 0;
            try
            {
                published = await DrainOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A storage hiccup must not stop publishing; the events stay in their outbox.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Reading an event outbox failed; retrying shortly.");
            }

            if (published == 0)
            {
                try
                {
                    await Task.Delay(options.CurrentValue.PollInterval, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>After the last pass: shared outboxes are handed over at once (a lease would keep the next drainer waiting).</summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        foreach (var outbox in _outboxes)
        {
            try
            {
                await outbox.ReleaseAsync(cancellationToken);
            }
#pragma warning disable CA1031 // Best effort: an unreleased lease still runs out by itself.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogWarning("Releasing {Outbox} at shutdown failed ({Error}); its lease runs out by itself.", outbox.Name, ex.GetType().Name);
            }
        }
    }

    /// <summary>One pass over every outbox; returns how many events the broker took.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var published = 0;
        foreach (var outbox in _outboxes)
        {
            foreach (var pending in await outbox.PendingAsync(settings.BatchSize, time.GetUtcNow(), cancellationToken))
            {
                try
                {
                    await bus.PublishAsync(pending.Event, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    var delay = Backoff(pending.Attempts, settings);
                    await outbox.PostponeAsync(pending.Event.Id, time.GetUtcNow() + delay, ex.Message, cancellationToken);
                    logger.LogWarning(
                        "Event {EventId} ({Type}) from {Outbox} not published ({Error}); trying again in {Delay}.",
                        pending.Event.Id, pending.Event.Type, outbox.Name, ex.Message, delay);
                    // The ones behind it wait: a subscriber sees each outbox's events in order.
                    break;
                }

                await outbox.MarkPublishedAsync(pending.Event.Id, cancellationToken);
                published++;
            }
        }

        return published;
    }

    internal static TimeSpan Backoff(int failures, EventPublisherOptions settings)
    {
        var factor = Math.Pow(2, Math.Min(failures, 20));
        return TimeSpan.FromTicks((long)Math.Min(settings.MaxRetryDelay.Ticks, settings.RetryBaseDelay.Ticks * factor));
    }
}
