using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>The durable queue of outgoing messages and its state transitions (see <see cref="OutboxState"/>).</summary>
internal sealed class Outbox(BridgeDatabase database, TimeProvider time, BridgeSignals signals)
{
    private readonly Lock _gate = new();

    /// <summary>Adds items whose ids are not stored yet; returns how many were new. Call inside the caller's transaction when it must be atomic with other writes.</summary>
    public int AddNew(IEnumerable<OutboxItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var added = 0;
        lock (_gate)
        {
            foreach (var item in items)
            {
                if (database.Outbox.FindById(item.Id) is null)
                {
                    database.Outbox.Insert(item);
                    added++;
                }
            }
        }

        return added;
    }

    /// <summary>Wakes the sender after a commit.</summary>
    public void Notify() => signals.Outbox.Notify();

    public OutboxItem? Find(string id) => database.Outbox.FindById(id);

    /// <summary>Items that may be sent now, in creation order: pending ones due, and unconfirmed ones whose wait is over.</summary>
    public IReadOnlyList<OutboxItem> Due(int max)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return [.. database.Outbox.Find(o => o.State == OutboxState.Pending || o.State == OutboxState.Unconfirmed)
            .OrderBy(o => o.CreatedAtMs).ThenBy(o => o.Part).ThenBy(o => o.Id, StringComparer.Ordinal)
            .Where(o => o.NextAttemptAtMs <= now)
            .Take(max)];
    }

    /// <summary>Earlier items of the same recipient still unsent: a later one must wait for them (per-chat order).</summary>
    public IReadOnlyList<OutboxItem> Unsent() =>
        [.. database.Outbox.Find(o => o.State == OutboxState.Pending || o.State == OutboxState.Unconfirmed || o.State == OutboxState.Sending)];

    /// <summary>Records that the request is about to go out: after a crash this item is "unconfirmed", not "pending".</summary>
    public bool TryBeginSend(OutboxItem item)
    {
        lock (_gate)
        {
            var current = database.Outbox.FindById(item.Id);
            if (current is null || current.State is not (OutboxState.Pending or OutboxState.Unconfirmed))
            {
                return false;
            }

            current.State = OutboxState.Sending;
            current.Attempts++;
            current.SendingSinceMs = time.GetUtcNow().ToUnixTimeMilliseconds();
            database.Outbox.Update(current);
            item.State = current.State;
            item.Attempts = current.Attempts;
            return true;
        }
    }

    public void MarkSent(string id, string? wamid) => Change(id, item =>
    {
        if (item.State == OutboxState.Sent)
        {
            return false;
        }

        item.State = OutboxState.Sent;
        item.Wamid ??= wamid;
        item.SentAtMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        item.LastError = null;
        return true;
    });

    public void Retry(string id, DateTimeOffset at, int? code, string error, bool pairRate) => Change(id, item =>
    {
        if (item.State != OutboxState.Sending)
        {
            return false;
        }

        item.State = OutboxState.Pending;
        item.NextAttemptAtMs = at.ToUnixTimeMilliseconds();
        item.LastErrorCode = code;
        item.LastError = error;
        item.PairRateHits = pairRate ? item.PairRateHits + 1 : 0;
        return true;
    });

    /// <summary>Puts a send back without counting an attempt (sending is paused, e.g. the token expired).</summary>
    public void Release(string id, int? code, string error) => Change(id, item =>
    {
        if (item.State != OutboxState.Sending)
        {
            return false;
        }

        item.State = OutboxState.Pending;
        item.Attempts = Math.Max(0, item.Attempts - 1);
        item.LastErrorCode = code;
        item.LastError = error;
        return true;
    });

    public void DeadLetter(string id, int? code, string error) => Change(id, item =>
    {
        if (item.State is OutboxState.DeadLetter)
        {
            return false;
        }

        item.State = OutboxState.DeadLetter;
        item.LastErrorCode = code;
        item.LastError = error;
        return true;
    });

    /// <summary>After a restart, sends that were in flight have an unknown outcome: they wait for a status webhook first.</summary>
    public int MarkInFlightUnconfirmed(TimeSpan wait)
    {
        var until = (time.GetUtcNow() + wait).ToUnixTimeMilliseconds();
        var count = 0;
        foreach (var item in database.Outbox.Find(o => o.State == OutboxState.Sending).ToList())
        {
            count += Change(item.Id, i =>
            {
                i.State = OutboxState.Unconfirmed;
                i.NextAttemptAtMs = until;
                i.LastError = "outcome unknown after restart; waiting for a status webhook before resending";
                return true;
            }) ? 1 : 0;
        }

        return count;
    }

    public IReadOnlyList<OutboxItem> DeadLetters() =>
        [.. database.Outbox.Find(o => o.State == OutboxState.DeadLetter).OrderBy(o => o.CreatedAtMs)];

    public int Count(OutboxState state) => database.Outbox.Count(o => o.State == state);

    private bool Change(string id, Func<OutboxItem, bool> change)
    {
        lock (_gate)
        {
            var item = database.Outbox.FindById(id);
            if (item is null || !change(item))
            {
                return false;
            }

            database.Outbox.Update(item);
            return true;
        }
    }

    /// <summary>Applies a change to the item holding <paramref name="wamid"/> or named by <paramref name="outboxId"/>.</summary>
    public bool ChangeByStatus(string wamid, string? outboxId, Func<OutboxItem, bool> change)
    {
        lock (_gate)
        {
            var item = (outboxId is null ? null : database.Outbox.FindById(outboxId))
                ?? database.Outbox.FindOne(o => o.Wamid == wamid);
            if (item is null || !change(item))
            {
                return false;
            }

            database.Outbox.Update(item);
            return true;
        }
    }
}
