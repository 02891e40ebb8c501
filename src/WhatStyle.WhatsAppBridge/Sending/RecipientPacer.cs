using System.Collections.Concurrent;

namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>
/// At most one message per recipient per interval (Meta's pair rate). In memory: after a restart the first
/// message to a recipient may come early, and WhatsApp's 131056 answer (handled by backoff) covers that case.
/// </summary>
internal sealed class RecipientPacer(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _nextAllowed = new(StringComparer.Ordinal);

    public bool IsReady(string recipient) =>
        !_nextAllowed.TryGetValue(recipient, out var next) || next <= time.GetUtcNow();

    /// <summary>Reserves the recipient's slot for a send starting now.</summary>
    public void Reserve(string recipient, TimeSpan interval) =>
        _nextAllowed[recipient] = time.GetUtcNow() + interval;

    /// <summary>Blocks the recipient until <paramref name="until"/> (131056 backoff), without affecting others.</summary>
    public void Block(string recipient, DateTimeOffset until) =>
        _nextAllowed.AddOrUpdate(recipient, until, (_, current) => current > until ? current : until);
}
