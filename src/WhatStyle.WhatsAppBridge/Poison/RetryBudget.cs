namespace WhatStyle.WhatsAppBridge.Poison;

/// <summary>
/// Counts the consecutive failures of one unit of work (an inbox record, a request file) and says when to try it again:
/// capped attempts with doubling waits, so a failure that repeats on the same input ends in a dead letter instead of an
/// endless retry loop. In memory on purpose: a restart gives each unit a fresh budget, which only means a few more
/// tries, and no write is needed on a path that is failing (possibly because storage is).
/// </summary>
internal sealed class RetryBudget<TKey>(TimeProvider time)
    where TKey : notnull
{
    private readonly Dictionary<TKey, Entry> _entries = [];
    private readonly Lock _gate = new();

    /// <summary>False while <paramref name="key"/> waits out its backoff.</summary>
    public bool IsDue(TKey key)
    {
        lock (_gate)
        {
            return !_entries.TryGetValue(key, out var entry) || time.GetUtcNow() >= entry.NextAt;
        }
    }

    /// <summary>Counts a failure; returns the attempts so far and whether the budget is used up.</summary>
    /// <remarks>The wait after attempt n is <paramref name="baseDelay"/> × 2^(n−1), so the most one unit can hold back
    /// the work queued behind it is baseDelay × (2^(maxAttempts−1) − 1), e.g. 15 s for 1 s and 5 attempts.</remarks>
    public (int Attempts, bool Exhausted) Fail(TKey key, int maxAttempts, TimeSpan baseDelay)
    {
        lock (_gate)
        {
            var attempts = (_entries.TryGetValue(key, out var entry) ? entry.Attempts : 0) + 1;
            // Capped at the last regular wait: past the budget only setting the unit aside is left to retry (e.g. while
            // storage is down), and that must resume promptly once it is back, not after an ever-doubling wait.
            var wait = baseDelay * Math.Pow(2, Math.Min(attempts, maxAttempts) - 1);
            _entries[key] = new Entry(attempts, time.GetUtcNow() + wait);
            return (attempts, attempts >= maxAttempts);
        }
    }

    /// <summary>Forgets <paramref name="key"/> (it succeeded, or was set aside).</summary>
    public void Forget(TKey key)
    {
        lock (_gate)
        {
            _entries.Remove(key);
        }
    }

    private readonly record struct Entry(int Attempts, DateTimeOffset NextAt);
}
