using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Channels;
using WhatStyle.WhatsAppBridge.Health;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Telemetry;
using WhatStyle.WhatsAppBridge.Hosting;

namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>
/// Sends outbox items: in order per recipient, paced per recipient and by a global token bucket, with the shared
/// <see cref="SendPolicy"/> (each channel maps its own errors) and the channel's
/// <see cref="OutageGate"/>. Each attempt is recorded as "sending" before the request goes out.
/// </summary>
internal sealed class OutboxSender(
    Outbox outbox,
    IChannelSender channel,
    ChannelSession session,
    IRecipientPacer pacer,
    ISendThrottle throttle,
    SendPolicy policy,
    OutageGate outage,
    BridgeHealth health,
    BridgeMetrics metrics,
    BridgeSignals signals,
    IntakePressure pressure,
    TimeProvider time,
    IOptionsMonitor<SendingOptions> options,
    IOptionsMonitor<WorkerOptions> worker,
    IHostApplicationLifetime lifetime,
    ILogger<OutboxSender> logger) : BackgroundService
{
    private const int MaxInFlight = 64;
    private const int MaxExaminedPerPass = 1024;

    /// <summary>
    /// How long requests already on the wire may finish after the host starts stopping (inside the host's 3 s shutdown
    /// timeout): an answered request is settled now, while a cut one is only settled by a status or echo after the restart.
    /// </summary>
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(1.5);

    private readonly ConcurrentDictionary<string, Task> _inFlight = new(StringComparer.Ordinal);

    /// <summary>Cancels the requests on the wire, <see cref="StopGrace"/> after stopping began, not at once.</summary>
    private readonly CancellationTokenSource _abortSends = new();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Start once the webhook endpoint listens: the wait for unconfirmed sends counts from the moment the status
        // webhooks that would confirm them can arrive, not from a slow start-up.
        if (!await WaitForStartAsync(stoppingToken))
        {
            return;
        }

        var recovered = outbox.MarkInFlightUnconfirmed(options.CurrentValue.UnconfirmedSendTimeout);
        if (recovered > 0)
        {
            logger.LogWarning("{Count} sends were in flight when the bridge stopped; each waits for a status webhook before it is resent.", recovered);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = worker.CurrentValue.PollInterval;
            try
            {
                await pressure.HoldWhileBusyAsync(stoppingToken);
                // A personal session the engine reports as not WORKING (QR to scan, stopped): replies wait in the outbox.
                if (!health.SendingStopped && !session.Blocks)
                {
                    wait = DispatchDue() ?? wait;
                }

                await signals.Outbox.WaitAsync(wait, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // The sender must outlive storage hiccups; items stay in the outbox.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Outbox dispatch failed; retrying shortly.");
                await Task.Delay(worker.CurrentValue.PollInterval, time, stoppingToken);
            }
        }

        await FinishInFlightAsync();
    }

    private async Task FinishInFlightAsync()
    {
        try
        {
            await Task.WhenAll(_inFlight.Values).WaitAsync(StopGrace, time);
        }
        catch (TimeoutException)
        {
            await _abortSends.CancelAsync();
            await Task.WhenAll(_inFlight.Values);
        }
    }

    public override void Dispose()
    {
        _abortSends.Dispose();
        base.Dispose();
    }

    private async Task<bool> WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        try
        {
            await started.Task;
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Starts every send that may go now; returns a shorter wait when the token bucket is what holds things back.</summary>
    private TimeSpan? DispatchDue()
    {
        var chosen = new List<OutboxItem>();
        var wait = Choose(chosen, options.CurrentValue);

        // All of this pass's items are marked "sending" in one commit, before any request goes out.
        foreach (var item in outbox.TryBeginSends(chosen))
        {
            // Registered before it starts, so a fast send cannot remove its entry before the entry exists.
            var send = new Task<Task>(() => SendAsync(item));
            _inFlight[item.To] = send.Unwrap();
            send.Start(TaskScheduler.Default);
        }

        return wait;
    }

    /// <summary>
    /// Picks the items to send now: pages of due items, earliest first; items held back by their recipient (one in
    /// flight, 6 s pacing, an older item first) are passed over, up to a bound so one pass stays cheap.
    /// </summary>
    private TimeSpan? Choose(List<OutboxItem> chosen, SendingOptions settings)
    {
        var recipients = new HashSet<string>(StringComparer.Ordinal);
        if (outage.PausedFor() is { } paused && paused > TimeSpan.Zero)
        {
            // The channel is down or throttled: nothing goes out before its wait is over.
            return paused;
        }

        for (var skip = 0; skip < MaxExaminedPerPass; skip += MaxInFlight)
        {
            var page = outbox.Due(skip, MaxInFlight);
            foreach (var item in page)
            {
                if (_inFlight.Count + chosen.Count >= MaxInFlight)
                {
                    return TimeSpan.FromMilliseconds(5);
                }

                if (!outage.MayStart(_inFlight.Count + chosen.Count))
                {
                    // Probing after an outage: one send at a time until one goes through.
                    return null;
                }

                if (_inFlight.ContainsKey(item.To) || recipients.Contains(item.To) || !pacer.IsReady(item.To)
                    || outbox.FirstWaitingFor(item.To) != item.Id)
                {
                    continue;
                }

                if (!throttle.TryTake(Rate(settings), out var bucketWait))
                {
                    return bucketWait;
                }

                // The recipient's slot is taken here, in one check-and-set: with the limits shared in Redis another
                // bridge may have taken it since IsReady looked (the token is then spent: slower, never faster).
                if (!pacer.TryReserve(item.To, settings.PerRecipientInterval))
                {
                    continue;
                }

                chosen.Add(item);
                recipients.Add(item.To);
            }

            if (page.Count < MaxInFlight)
            {
                break;
            }
        }

        return null;
    }

    private async Task SendAsync(OutboxItem item)
    {
        try
        {
            var result = await channel.SendAsync(item, _abortSends.Token);
            if (result.Failure is { } failure)
            {
                HandleFailure(item, failure);
            }
            else
            {
                outage.Succeeded();
                outbox.MarkSent(item.Id, result.Id);
                metrics.MessageOut(item.Kind);
                health.Sent();
            }
        }
        catch (OperationCanceledException) when (_abortSends.IsCancellationRequested)
        {
            // Stopping, and the request was cut: it may have reached the channel. The item stays "sending", so the next
            // start counts it unconfirmed and waits for a status or echo before resending; putting it back to pending
            // here would send it twice whenever the cut request had gone through.
            logger.LogWarning("Send of {OutboxId} was cut by shutdown; its outcome is settled after the restart.", item.Id);
        }
#pragma warning disable CA1031 // Unexpected failures are treated as transient; the item is retried with backoff.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Send of {OutboxId} failed unexpectedly.", item.Id);
            HandleFailure(item, new SendFailure(SendFailureKind.Fault, "exception", ex.GetType().Name));
        }
        finally
        {
            _inFlight.TryRemove(item.To, out _);
            signals.Outbox.Notify();
        }
    }

    // A personal account sends like a person: Bridge:PersonalMessagesPerMinute across all chats, not Meta's throughput tier.
    private double Rate(SendingOptions settings) =>
        channel.IsPersonal ? settings.PersonalMessagesPerMinute / 60.0 : settings.MessagesPerSecond;

    private void HandleFailure(OutboxItem item, SendFailure failure)
    {
        var now = time.GetUtcNow();
        var outageHits = failure.Kind == SendFailureKind.Outage ? outage.Failed($"{failure.Code}: {failure.Error}") : 0;
        var verdict = policy.Decide(
            failure,
            new QueuedSend(item.Attempts, item.PairRateHits, DateTimeOffset.FromUnixTimeMilliseconds(item.CreatedAtMs)),
            outageHits,
            now,
            RandomNumberGenerator.GetInt32(1000) / 1000.0);
        switch (verdict.Action)
        {
            case SendAction.StopSending:
                health.StopSending($"WhatsApp rejected the access token (code {failure.Code}); sending stopped until the token is replaced and the bridge restarted.");
                outbox.Release(item.Id, failure.ErrorCode, verdict.Reason);
                logger.LogCritical("Access token rejected (code {Code}); sending stopped.", failure.Code);
                return;
            case SendAction.DeadLetter:
                DeadLetter(item, failure.ErrorCode, verdict.Reason, failure.Code);
                return;
        }

        if (verdict.PauseChannelUntil is { } pause)
        {
            outage.PauseUntil(pause);
        }

        if (verdict.RecipientRateHit)
        {
            pacer.Block(item.To, verdict.RetryAt);
        }

        outbox.Retry(item.Id, verdict.RetryAt, failure.ErrorCode, verdict.Reason, verdict.RecipientRateHit, verdict.SpendsAttempt);
        metrics.Retry(failure.Code);
    }

    private void DeadLetter(OutboxItem item, int? errorCode, string error, string code)
    {
        outbox.DeadLetter(item.Id, errorCode, error);
        metrics.DeadLetter(code);
        logger.LogWarning("Outbox item {OutboxId} dead-lettered: {Error}", item.Id, error);
    }
}
