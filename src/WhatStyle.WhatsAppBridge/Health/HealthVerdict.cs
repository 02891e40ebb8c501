using System.Globalization;

namespace WhatStyle.WhatsAppBridge.Health;

/// <summary>
/// The health rule: <c>unhealthy</c> (503) when the bridge needs an operator or cannot keep what it accepts (sending
/// stopped by a rejected token, the inbox log refusing writes, bridge.db writes failing); <c>degraded</c> (200, so a
/// load balancer keeps sending webhooks, which are stored safely) when replies are held up (the inbox not moving, the
/// WhatsApp API failing, no provider able to answer); else <c>healthy</c>. Each reason says which.
/// </summary>
internal static class HealthVerdict
{
    public const string Healthy = "healthy";
    public const string Degraded = "degraded";
    public const string Unhealthy = "unhealthy";

    public static (string Status, IReadOnlyList<string> Reasons) Assess(HealthInputs inputs, HealthOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(options);
        var unhealthy = new List<string>();
        var degraded = new List<string>();
        if (inputs.SendingStoppedReason is { } stopped)
        {
            unhealthy.Add(stopped);
        }

        if (inputs.InboxLogFaulted)
        {
            unhealthy.Add("the inbox log failed a write and takes no webhooks until a restart");
        }

        if (inputs.StorageFailingSince is { } storageSince && now - storageSince >= options.StorageFailingAfter)
        {
            unhealthy.Add(Invariant($"writes to bridge.db have failed for {Seconds(now - storageSince)} s ({inputs.StorageError}); work is retried with backoff"));
        }

        if (inputs.BacklogStalledFor >= options.BacklogStalledAfter)
        {
            degraded.Add(Invariant($"the inbox backlog has not moved for {Seconds(inputs.BacklogStalledFor)} s"));
        }

        if (inputs.WhatsAppFailingSince is { } apiSince && now - apiSince >= options.WhatsAppFailingAfter)
        {
            degraded.Add(Invariant($"the WhatsApp API has failed for {Seconds(now - apiSince)} s (last: {inputs.WhatsAppError}); replies wait in the outbox"));
        }

        if (inputs.SessionNotWorking is { } sessionState)
        {
            degraded.Add(Invariant($"the WhatsApp session is {sessionState} (since {inputs.SessionSince:O}), not WORKING; replies wait in the outbox{(sessionState == Channels.ChannelSession.ScanQrCode ? " until the QR code is scanned" : "")}"));
        }

                if (inputs.ProvidersFailing is { } providers)
        {
            degraded.Add(providers);
        }

        var status = unhealthy.Count > 0 ? Unhealthy : degraded.Count > 0 ? Degraded : Healthy;
        return (status, [.. unhealthy, .. degraded]);
    }

    private static long Seconds(TimeSpan span) => (long)span.TotalSeconds;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
