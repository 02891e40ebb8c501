using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Platform;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Hosting;
using WhatStyle.WhatsAppBridge.Poison;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// Answers chats whose burst window has passed: one chat at a time per chat (so its messages stay in order),
/// several chats in parallel. The work for one chat is in <see cref="ChatResponder"/>.
/// </summary>
internal sealed class ReplyWorker(
    MessageLedger ledger,
    ChatResponder responder,
    BridgeSignals signals,
    IntakePressure pressure,
    BackgroundTaskScheduler background,
    TimeProvider time,
    IOptionsMonitor<ReplyPolicyOptions> options,
    IOptionsMonitor<WorkerOptions> worker,
    IOptionsMonitor<PoisonOptions> poison,
    ILogger<ReplyWorker> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);
    private bool _claimsReleased;
    private long _claimsRenewedAt = time.GetTimestamp();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.CurrentValue;
            try
            {
                await pressure.HoldWhileBusyAsync(stoppingToken);
                if (!_claimsReleased)
                {
                    // A restart on the same data directory: the chats the dead process held are answered here now.
                    ledger.ReleaseOwnClaims();
                    _claimsReleased = true;
                }

                RenewClaimsWhenDue();
                var wanted = ledger.ChatsToClaim(settings.MaxConcurrentChats, _running.Count);
                IReadOnlyList<ChatRecord> due = wanted == 0 ? [] : ledger.DueChats(time.GetUtcNow(), wanted);
                foreach (var chat in due)
                {
                    if (_running.ContainsKey(chat.Id))
                    {
                        continue;
                    }

                    if (_running.Count >= settings.MaxConcurrentChats)
                    {
                        // Claimed but not started (PostgreSQL leases it): handed back so another bridge may answer it now.
                        Release(chat.Id);
                        continue;
                    }

                    var work = new Task<Task>(() => RunAsync(chat, stoppingToken));
                    _running[chat.Id] = work.Unwrap();
                    // At background OS priority, with every await inside: a reply is background work beside intake.
                    work.Start(background);
                }

                // Burst windows end on their own, so wake at least every poll interval even without new messages.
                var poll = worker.CurrentValue.PollInterval;
                var wait = settings.BurstWindow < poll ? settings.BurstWindow : poll;
                await signals.Chats.WaitAsync(wait <= TimeSpan.Zero ? TimeSpan.FromMilliseconds(50) : wait, time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A storage hiccup must not stop answering; the chats stay pending.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                logger.LogError(ex, "Reply scheduling failed; retrying shortly.");
                await Task.Delay(worker.CurrentValue.PollInterval, time, stoppingToken);
            }
        }

        await Task.WhenAll(_running.Values);
    }

    private async Task RunAsync(ChatRecord chat, CancellationToken stoppingToken)
    {
        try
        {
            await responder.RespondAsync(chat, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the messages stay pending and are answered after the restart.
        }
#pragma warning disable CA1031 // One chat's failure must not affect the others.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogError(ex, "Answering chat failed; it will be retried.");
            ledger.Postpone(chat.Id, time.GetUtcNow() + poison.CurrentValue.PoisonRetryBaseDelay);
        }
        finally
        {
            Release(chat.Id);
            _running.TryRemove(chat.Id, out _);
            signals.Chats.Notify();
        }
    }

    /// <summary>
    /// With several bridges a claim on a chat runs out (2 minutes) so a dead bridge's chats are answered by another; a
    /// live bridge still writing a slow reply (a provider chain failing slowly) extends its claims before that, so no other
    /// bridge writes the same reply meanwhile. (Were one to, only the first is queued: ChatResponder.Finish.)
    /// </summary>
    private void RenewClaimsWhenDue()
    {
        if (ledger.ClaimRenewalInterval is not { } every || _running.IsEmpty
            || time.GetElapsedTime(_claimsRenewedAt) < every)
        {
            return;
        }

        _claimsRenewedAt = time.GetTimestamp();
        try
        {
            ledger.RenewClaims();
        }
#pragma warning disable CA1031 // A renewal that fails is tried again next pass; at worst the claim runs out, as a dead bridge's would.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning("Extending the claims on chats being answered failed ({Error}); trying again shortly.", ex.GetType().Name);
        }
    }

    private void Release(string chat)
    {
        try
        {
            ledger.ReleaseChat(chat);
        }
#pragma warning disable CA1031 // A claim that cannot be handed back now runs out by itself (its lease expires).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            logger.LogWarning("Releasing a chat's claim failed ({Error}); it expires by itself.", ex.GetType().Name);
        }
    }
}
