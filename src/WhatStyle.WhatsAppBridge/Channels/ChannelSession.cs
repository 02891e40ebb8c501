namespace WhatStyle.WhatsAppBridge.Channels;

/// <summary>
/// The personal session's state as the engine last reported it (WAHA <c>session.status</c>, Evolution
/// <c>connection.update</c>). Unknown until the engine says: a bridge started beside a working session sends at once.
/// While the state is known and not WORKING, replies wait in the outbox and <c>/healthz</c> says why.
/// </summary>
internal sealed class ChannelSession(TimeProvider time)
{
    public const string Working = "WORKING";

    /// <summary>The session waits for its QR code to be scanned on the phone.</summary>
    public const string ScanQrCode = "SCAN_QR_CODE";

    private readonly Lock _gate = new();
    private string? _status;
    private DateTimeOffset? _since;

    /// <summary>Records a reported state (already mapped to WAHA's names: WORKING, SCAN_QR_CODE, STARTING, STOPPED, FAILED).</summary>
    public void Report(string status)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        lock (_gate)
        {
            if (!string.Equals(_status, status, StringComparison.Ordinal))
            {
                _status = status;
                _since = time.GetUtcNow();
            }
        }
    }

    /// <summary>True when the engine said the session is not working: nothing is sent until it says WORKING again.</summary>
    public bool Blocks
    {
        get
        {
            lock (_gate)
            {
                return _status is not null && _status != Working;
            }
        }
    }

    public (string? Status, DateTimeOffset? Since) Current()
    {
        lock (_gate)
        {
            return (_status, _since);
        }
    }
}
