namespace WhatStyle.WhatsAppBridge.Tests.Support;

/// <summary>
/// Tests that assert exact counter values at /metrics. OpenTelemetry listens to every meter named
/// <c>WhatStyle.WhatsAppBridge</c> in the process, so bridges other tests run at the same time would add to the counts;
/// xunit runs this collection on its own, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ExactMetricsCollection
{
    public const string Name = "Exact metrics";
}
