using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Hosting;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Sending;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary>
/// Keeps this bridge's lease in <c>bridge_holders</c> alive (every third of <see cref="PostgresBridgeState.HolderLease"/>,
/// on the server's clock) and, on each pass, takes over what bridges whose lease has run out left behind: they died and
/// have not come back. Their sends on the wire become Unconfirmed exactly as their own restart would make them
/// (docs/bridge.md, "Exactly once"), else that recipient would wait for them forever; the webhooks they acknowledged
/// and never processed move into this bridge's inbox, else no one would ever answer them.
/// </summary>
internal sealed class BridgeHolderLease(
    PostgresBridgeState state,
    Outbox outbox,
    BridgeSignals signals,
    IOptionsMonitor<SendingOptions> sending,
    TimeProvider time,
    ILogger<BridgeHolderLease> logger)
    : PeriodicWorker(time, logger)
{
    protected override TimeSpan Interval => state.HolderLease / 3;

    /// <summary>The first renewal before any worker starts: this bridge's sends must never look like a dead bridge's.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            state.RenewHolderLease();
        }
        catch (StorageUnavailableException ex)
        {
            // The sender cannot begin sends without the database either; the loop renews as soon as it is back.
            Logger.LogWarning("This bridge's lease could not be renewed ({Error}); retrying shortly.", ex.Message);
        }

        return base.StartAsync(cancellationToken);
    }

    protected override Task WorkAsync(CancellationToken stoppingToken)
    {
        state.RenewHolderLease();
        var settled = outbox.TakeOverLapsedSends(sending.CurrentValue.UnconfirmedSendTimeout);
        if (settled > 0)
        {
            outbox.Notify();
            Logger.LogWarning("{Count} sends of a bridge whose lease ran out were on the wire; each waits for a status webhook before it is resent.", settled);
        }

        var taken = state.Inbox.TakeOverLapsed();
        if (taken > 0)
        {
            signals.Inbox.Notify();
            Logger.LogWarning("{Count} webhooks acknowledged by a bridge whose lease ran out moved into this bridge's inbox.", taken);
        }

        return Task.CompletedTask;
    }
}
