namespace WhatStyle.WhatsAppBridge.Telemetry;

/// <summary>Holds the <see cref="HealthGauges"/> so the container creates them at start-up, not at the first scrape.</summary>
internal sealed class GaugeRegistration(HealthGauges gauges) : IHostedService
{
    public HealthGauges Gauges { get; } = gauges;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
