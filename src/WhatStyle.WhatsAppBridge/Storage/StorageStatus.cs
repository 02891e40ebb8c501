namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>Whether writes to bridge.db are failing, and since when (for health, metrics and recovery).</summary>
internal sealed class StorageStatus(TimeProvider time)
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _failingSince;
    private string? _error;

    /// <summary>A write failed; <paramref name="kind"/> names the failure without its message (no record text).</summary>
    public void Failed(string kind)
    {
        lock (_gate)
        {
            _failingSince ??= time.GetUtcNow();
            _error = kind;
        }
    }

    /// <summary>A write went through: storage works again.</summary>
    public void Succeeded()
    {
        lock (_gate)
        {
            _failingSince = null;
            _error = null;
        }
    }

    public (DateTimeOffset? Since, string? Error) Failing()
    {
        lock (_gate)
        {
            return (_failingSince, _error);
        }
    }
}
