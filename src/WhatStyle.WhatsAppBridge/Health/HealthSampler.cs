using WhatStyle.WhatsAppBridge.Hosting;

namespace WhatStyle.WhatsAppBridge.Health;

/// <summary>Reads health every second (so a stall is timed even when nobody asks) and the providers every 5 s.</summary>
internal sealed class HealthSampler(HealthMonitor monitor, ProviderWatch providers, TimeProvider time, ILogger<HealthSampler> logger)
    : PeriodicWorker(time, logger)
{
    private int _ticks;

    protected override TimeSpan Interval => TimeSpan.FromSeconds(1);

    protected override async Task WorkAsync(CancellationToken stoppingToken)
    {
        if (_ticks++ % 5 == 0)
        {
            await providers.RefreshAsync(stoppingToken);
        }

        monitor.Assess();
    }
}
