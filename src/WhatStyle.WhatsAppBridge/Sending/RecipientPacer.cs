using System.Collections.Concurrent;

namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>
/// <see cref="IRecipientPacer"/> in this process's memory: after a restart the first message to a recipient may come
/// early, and WhatsApp's 131056 answer (handled by backoff) covers that case.
/// </summary>
internal sealed class RecipientPacer(TimeProvider time) : IRecipientPacer
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _nextAllowed = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public bool IsReady(string recipient) =>
        !_nextAllowed.TryGetValue(recipient, out var next) || next <= time.GetUtcNow();

    public bool TryReserve(string recipient, TimeSpan interval)
    {
        lock (_gate)
        {
            if (!IsReady(recipient))
            {
                return false;
            }

            _nextAllowed[recipient] = time.GetUtcNow() + interval;
            return true;
        }
    }

    public void Block(string recipient, DateTimeOffset until)
    {
        lock (_gate)
        {
            _nextAllowed.AddOrUpdate(recipient, until, (_, current) => current > until ? current : until);
        }
    }
}
