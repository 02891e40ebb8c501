using System.Diagnostics.Metrics;
using WhatStyle.WhatsAppBridge.Health;

namespace WhatStyle.WhatsAppBridge.Telemetry;

/// <summary>
/// One gauge for each health condition, read from the sampler's latest reading (a scrape never touches the database):
/// <c>whatstyle_bridge_health_status</c> (0 healthy, 1 degraded, 2 unhealthy), and how long (seconds, 0 = fine) the inbox
/// has been stalled, the WhatsApp API failing and bridge.db writes failing, and whether every provider is failing (0/1).
/// </summary>
internal sealed class HealthGauges
{
    public HealthGauges(IMeterFactory meterFactory, HealthMonitor monitor, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        ArgumentNullException.ThrowIfNull(monitor);
        ArgumentNullException.ThrowIfNull(time);
        var meter = meterFactory.Create(BridgeMetrics.MeterName);
        meter.CreateObservableGauge("whatstyle.bridge.health.status", () => monitor.Latest.Status switch
        {
            HealthVerdict.Healthy => 0,
            HealthVerdict.Degraded => 1,
            _ => 2,
        }, description: "0 healthy, 1 degraded, 2 unhealthy (as /healthz).");
        meter.CreateObservableGauge("whatstyle.bridge.inbox.stalled", () => monitor.Latest.Inputs.BacklogStalledFor.TotalSeconds,
            unit: "s", description: "How long the inbox backlog has not moved (0 when empty or moving).");
        meter.CreateObservableGauge("whatstyle.bridge.whatsapp.failing", () => Since(monitor.Latest.Inputs.WhatsAppFailingSince, time),
            unit: "s", description: "How long the WhatsApp API has been failing (0 when it works).");
        meter.CreateObservableGauge("whatstyle.bridge.storage.failing", () => Since(monitor.Latest.Inputs.StorageFailingSince, time),
            unit: "s", description: "How long writes to bridge.db have been failing (0 when they work).");
        meter.CreateObservableGauge("whatstyle.bridge.providers.failing", () => monitor.Latest.Inputs.ProvidersFailing is null ? 0 : 1,
            description: "1 when every configured provider is cooling down or failing.");
    }

    private static double Since(DateTimeOffset? since, TimeProvider time) =>
        since is { } at ? Math.Max(0, (time.GetUtcNow() - at).TotalSeconds) : 0;
}
