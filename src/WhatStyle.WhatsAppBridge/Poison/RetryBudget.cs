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
    /// <param name="spendsAttempt">False for a transient failure (storage or network briefly unavailable, see
    /// <see cref="FailureReason.IsTransient"/>): the unit waits out the same capped backoff but keeps its attempts, so an
    /// outage never turns good work into dead letters; only failures that repeat on the unit itself spend the budget.</param>
    /// <remarks>The wait after the n-th consecutive failure is <paramref name="baseDelay"/> × 2^(n−1), capped at the
    /// maxAttempts-th wait, so the most one unit can hold back the work queued behind it before it is set aside is
    /// baseDelay × (2^(maxAttempts−1) − 1), e.g. 15 s for 1 s and 5 attempts; during an outage it is retried every
    /// baseDelay × 2^(maxAttempts−1) at most.</remarks>
    public (int Attempts, bool Exhausted) Fail(TKey key, int maxAttempts, TimeSpan baseDelay, bool spendsAttempt = true)
    {
        lock (_gate)
        {
            var entry = _entries.TryGetValue(key, out var found) ? found : default;
            var attempts = entry.Attempts + (spendsAttempt ? 1 : 0);
            var failures = entry.Failures + 1;
            // Capped at the last regular wait: past the budget only setting the unit aside is left to retry (e.g. while
            // storage is down), and that must resume promptly once it is back, not after an ever-doubling wait.
            var wait = baseDelay * Math.Pow(2, Math.Min(failures, Math.Max(1, maxAttempts)) - 1);
            _entries[key] = new Entry(attempts, failures, time.GetUtcNow() + wait);
            return (attempts, spendsAttempt && attempts >= maxAttempts);
        }
    }

    /// <summary>When <paramref name="key"/> may be tried again (now when it has no failure counted).</summary>
    public DateTimeOffset DueAt(TKey key)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(key, out var entry) ? entry.NextAt : time.GetUtcNow();
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

    private readonly record struct Entry(int Attempts, int Failures, DateTimeOffset NextAt);
}
