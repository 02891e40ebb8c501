using Microsoft.Extensions.Options;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Sending;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Health;

/// <summary>Reads the bridge's state into <see cref="HealthInputs"/> and judges it; keeps the latest reading for the gauges.</summary>
internal sealed class HealthMonitor(
    InboxCursor inbox,
    BacklogWatch backlog,
    OutageGate outage,
    StorageStatus storage,
    ProviderWatch providers,
    BridgeHealth health,
    Channels.ChannelSession session,
    TimeProvider time,
    IOptionsMonitor<HealthOptions> options)
{
    private volatile Reading _latest = new(new HealthInputs(), HealthVerdict.Healthy, [], 0);

    /// <summary>The last reading (for the gauges: no database access in a scrape).</summary>
    public Reading Latest => _latest;

    /// <summary>Reads and judges now.</summary>
    public Reading Assess()
    {
        var now = time.GetUtcNow();
        long backlogBytes;
        TimeSpan stalled;
        try
        {
            var position = inbox.Load();
            backlogBytes = inbox.BacklogBytes();
            stalled = backlog.Observe(position, backlogBytes);
        }
#pragma warning disable CA1031 // A health probe reports a failing store; it never throws because of it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            storage.Failed(ex.GetType().Name);
            backlogBytes = -1;
            stalled = TimeSpan.Zero;
        }

        var whatsApp = outage.Failing();
        var storageState = storage.Failing();
        var sessionState = session.Current();
        var inputs = new HealthInputs
        {
            SendingStoppedReason = health.WhatsApp().Error is { } stopped && health.SendingStopped ? stopped : null,
            InboxLogFaulted = inbox.LogFaulted,
            BacklogStalledFor = stalled,
            WhatsAppFailingSince = whatsApp.Since,
            WhatsAppError = whatsApp.Error,
            StorageFailingSince = storageState.Since,
            StorageError = storageState.Error,
            ProvidersFailing = providers.Failing,
            SessionNotWorking = session.Blocks ? sessionState.Status : null,
            SessionSince = sessionState.Since,
        };
        var (status, reasons) = HealthVerdict.Assess(inputs, options.CurrentValue, now);
        var reading = new Reading(inputs, status, reasons, backlogBytes);
        _latest = reading;
        return reading;
    }

    /// <summary>One judged reading; <paramref name="BacklogBytes"/> is -1 when it could not be read.</summary>
    internal sealed record Reading(HealthInputs Inputs, string Status, IReadOnlyList<string> Reasons, long BacklogBytes);
}
