namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>A token bucket on an injected clock: <c>rate</c> tokens per second, holding at most one second's worth.</summary>
internal sealed class TokenBucket
{
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private double _rate;
    private double _tokens;
    private long _lastTimestamp;

    public TokenBucket(double ratePerSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ratePerSecond);
        _time = time;
        _rate = ratePerSecond;
        _tokens = Math.Max(1, ratePerSecond);
        _lastTimestamp = time.GetTimestamp();
    }

    /// <summary>Takes a token if one is available; otherwise returns how long until one will be.</summary>
    public bool TryTake(out TimeSpan wait)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            _tokens = Math.Min(Math.Max(1, _rate), _tokens + (_time.GetElapsedTime(_lastTimestamp, now).TotalSeconds * _rate));
            _lastTimestamp = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                wait = TimeSpan.Zero;
                return true;
            }

            wait = TimeSpan.FromSeconds((1 - _tokens) / _rate);
            return false;
        }
    }

    public void SetRate(double ratePerSecond)
    {
        lock (_gate)
        {
            _rate = ratePerSecond;
        }
    }
}
