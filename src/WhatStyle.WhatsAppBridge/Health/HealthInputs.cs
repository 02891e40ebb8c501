namespace WhatStyle.WhatsAppBridge.Health;

/// <summary>Everything <see cref="HealthVerdict"/> judges, read at one moment.</summary>
internal sealed record HealthInputs
{
    public string? SendingStoppedReason { get; init; }
    public bool InboxLogFaulted { get; init; }
    public TimeSpan BacklogStalledFor { get; init; }
    public DateTimeOffset? WhatsAppFailingSince { get; init; }
    public string? WhatsAppError { get; init; }
    public DateTimeOffset? StorageFailingSince { get; init; }
    public string? StorageError { get; init; }

    /// <summary>Why no provider can answer (every configured one cooling down or failing), or null.</summary>
    public string? ProvidersFailing { get; init; }

    /// <summary>A personal channel's session state when the engine reported one other than WORKING (SCAN_QR_CODE, STOPPED, FAILED…), and since when.</summary>
    public string? SessionNotWorking { get; init; }
    public DateTimeOffset? SessionSince { get; init; }
}
