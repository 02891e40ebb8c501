namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>
/// The channel's outage state, shared by every send: after an outage answer nothing is sent until the wait is over
/// (the API's <c>Retry-After</c> or the backoff), then one send probes; the rest follow once one succeeds. So a throttle
/// costs one request per wait, not one per queued reply. In memory: after a restart the first send probes again.
/// </summary>
internal sealed class OutageGate(TimeProvider time)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private bool _probing;
    private int _hits;
    private DateTimeOffset? _failingSince;
    private string? _lastError;

    /// <summary>Whether a send may start now, given how many are in flight (one at a time while probing).</summary>
    public bool MayStart(int inFlight)
    {
        lock (_gate)
        {
            return time.GetUtcNow() >= _pausedUntil && (!_probing || inFlight == 0);
        }
    }

    /// <summary>How long until sending may resume (zero when it may now).</summary>
    public TimeSpan PausedFor()
    {
        lock (_gate)
        {
            var left = _pausedUntil - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    /// <summary>
    /// Records an outage answer; returns the consecutive count (drives the backoff). Answers to sends that were already
    /// in flight when the pause began count once, so a burst of 64 failures does not jump the backoff to its cap.
    /// </summary>
    public int Failed(string error)
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            _probing = true;
            _lastError = error;
            _failingSince ??= now;
            if (now >= _pausedUntil || _hits == 0)
            {
                _hits++;
            }

            return _hits;
        }
    }

    /// <summary>Nothing is sent until <paramref name="until"/> (a later pause wins).</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_gate)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    /// <summary>A send went through: the outage is over.</summary>
    public void Succeeded()
    {
        lock (_gate)
        {
            _probing = false;
            _hits = 0;
            _failingSince = null;
            _lastError = null;
        }
    }

    /// <summary>Since when the channel has failed, and how (null while it works).</summary>
    public (DateTimeOffset? Since, string? Error) Failing()
    {
        lock (_gate)
        {
            return (_failingSince, _lastError);
        }
    }
}
