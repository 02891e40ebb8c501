namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>The send rate of this process alone: one <see cref="TokenBucket"/>, its rate following the options.</summary>
internal sealed class LocalSendThrottle(TimeProvider time) : ISendThrottle
{
    private readonly Lock _gate = new();
    private TokenBucket? _bucket;

    public bool TryTake(double ratePerSecond, out TimeSpan wait)
    {
        TokenBucket bucket;
        lock (_gate)
        {
            _bucket ??= new TokenBucket(ratePerSecond, time);
            bucket = _bucket;
        }

        bucket.SetRate(ratePerSecond);
        return bucket.TryTake(out wait);
    }
}
