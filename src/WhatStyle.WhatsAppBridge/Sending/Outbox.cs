using WhatStyle.Tools.Events;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.State;

namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>The durable queue of outgoing messages and its state transitions (see <see cref="OutboxState"/>).</summary>
internal sealed class Outbox(IBridgeState state, TimeProvider time, BridgeSignals signals, BridgeEvents? events = null)
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
                if (state.Outbox.TryInsert(WithKeys(item)))
                {
                    added++;
                }
            }
        }

        return added;
    }

    /// <summary>Wakes the sender after a commit.</summary>
    public void Notify() => signals.Outbox.Notify();

    public OutboxItem? Find(string id) => state.Outbox.Find(id);

    /// <summary>
    /// Items that may be sent now (pending ones due, unconfirmed ones whose wait is over), read page by page through the
    /// <see cref="OutboxItem.QueueKey"/> index (earliest due first) instead of scanning the outbox.
    /// </summary>
    public IReadOnlyList<OutboxItem> Due(int skip, int take)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        return [.. state.Outbox.Due(now, skip, take).Where(o => o.State is OutboxState.Pending or OutboxState.Unconfirmed)];
    }

    /// <summary>
    /// The recipient's oldest item still waiting to be sent (per-chat order: a later one must wait for it). Items being
    /// sent are not waiting; the sender keeps at most one per recipient in flight.
    /// </summary>
    /// <remarks>Null while another bridge has a send to the recipient on the wire: order holds across bridges too.</remarks>
    public string? FirstWaitingFor(string recipient) =>
        state.Outbox.InFlightElsewhere(recipient) ? null : state.Outbox.WaitingFor(recipient)
            .OrderBy(o => o.CreatedAtMs).ThenBy(o => o.Part).ThenBy(o => o.Id, StringComparer.Ordinal)
            .FirstOrDefault()?.Id;

    /// <summary>
    /// Records that the requests are about to go out, in one commit: after a crash these items are "unconfirmed", not
    /// "pending". Returns the items that were still waiting (a status webhook may have confirmed one meanwhile).
    /// </summary>
    public IReadOnlyList<OutboxItem> TryBeginSends(IReadOnlyList<OutboxItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            return [];
        }

        lock (_gate)
        {
            return state.InTransaction(() =>
            {
                var begun = new List<OutboxItem>(items.Count);
                var now = time.GetUtcNow().ToUnixTimeMilliseconds();
                // In id order: bridges sharing PostgreSQL then lock rows in one order and cannot deadlock each other.
                foreach (var item in items.OrderBy(i => i.Id, StringComparer.Ordinal))
                {
                    // PostgreSQL: the read locks the row, so of two bridges beginning one item, the second sees it Sending and skips it.
                    var current = state.Outbox.Find(item.Id);
                    if (current is null || current.State is not (OutboxState.Pending or OutboxState.Unconfirmed))
                    {
                        continue;
                    }

                    current.State = OutboxState.Sending;
                    current.Attempts++;
                    current.SendingSinceMs = now;
                    state.Outbox.Update(WithKeys(current));
                    begun.Add(current);
                }

                // The caller's order (the queue's) is the order the sends go out in.
                var order = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < items.Count; i++)
                {
                    order.TryAdd(items[i].Id, i);
                }

                return (IReadOnlyList<OutboxItem>)[.. begun.OrderBy(b => order[b.Id])];
            });
        }
    }

    public void MarkSent(string id, string? wamid) => Change(id, recorded: item => events?.Record(
        EventTypes.MessageSent, new MessageSentData(item.Id, item.Wamid, item.To, item.Kind, item.Attempts)), change: item =>
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

    /// <summary>Puts a failed send back to wait until <paramref name="at"/>; an outage or pacing (<paramref name="spendsAttempt"/> false) gives its attempt back.</summary>
    public void Retry(string id, DateTimeOffset at, int? code, string error, bool pairRate, bool spendsAttempt = true) => Change(id, item =>
    {
        if (item.State != OutboxState.Sending)
        {
            return false;
        }

        item.State = OutboxState.Pending;
        if (!spendsAttempt)
        {
            item.Attempts = Math.Max(0, item.Attempts - 1);
        }

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

    public void DeadLetter(string id, int? code, string error) => Change(id, recorded: item => events?.Record(
        EventTypes.MessageFailed, new MessageFailedData(item.Id, item.To, item.Kind, item.Attempts, item.LastErrorCode, item.LastError ?? "")), change: item =>
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

    /// <summary>The owner's retry of a dead letter: it is sent again with its attempts counted from zero.</summary>
    public bool RetryDeadLetter(string id) => Change(id, item =>
    {
        if (item.State != OutboxState.DeadLetter)
        {
            return false;
        }

        item.State = OutboxState.Pending;
        item.Attempts = 0;
        item.PairRateHits = 0;
        item.NextAttemptAtMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        item.LastError = $"retried by the owner after: {item.LastError}";
        // A new attempt gets a new WhatsApp message id: statuses of the old one (a replayed "failed") must not match it.
        item.Wamid = null;
        item.SentAtMs = null;
        item.DeliveryStatus = null;
        return true;
    });

    /// <summary>The owner's dismissal of a dead letter: it is never sent.</summary>
    public bool Dismiss(string id) => Change(id, item =>
    {
        if (item.State != OutboxState.DeadLetter)
        {
            return false;
        }

        item.State = OutboxState.Dismissed;
        return true;
    });

    /// <summary>After a restart, sends that were in flight have an unknown outcome: they wait for a status webhook first.</summary>
    public int MarkInFlightUnconfirmed(TimeSpan wait) =>
        MarkUnconfirmed(state.Outbox.InFlightHere(), wait, "outcome unknown after restart; waiting for a status webhook before resending");

    /// <summary>
    /// Sends another bridge left on the wire when it died (its lease ran out; PostgreSQL only) are settled as its restart
    /// would settle them: unknown outcome, never resent blindly, so that recipient is not blocked until it comes back.
    /// </summary>
    public int TakeOverLapsedSends(TimeSpan wait) =>
        MarkUnconfirmed(state.Outbox.InFlightOfLapsedHolders(), wait,
            "outcome unknown: the bridge sending it stopped renewing its lease; waiting for a status webhook before resending");

    private int MarkUnconfirmed(IReadOnlyList<OutboxItem> inFlight, TimeSpan wait, string reason)
    {
        var until = (time.GetUtcNow() + wait).ToUnixTimeMilliseconds();
        var count = 0;
        foreach (var item in inFlight)
        {
            count += Change(item.Id, i =>
            {
                // The same attempt still on the wire: not settled meanwhile (a status webhook) nor begun again by a live bridge.
                if (i.State != OutboxState.Sending || i.SendingSinceMs != item.SendingSinceMs || i.Attempts != item.Attempts)
                {
                    return false;
                }

                i.State = OutboxState.Unconfirmed;
                i.NextAttemptAtMs = until;
                i.LastError = reason;
                return true;
            }) ? 1 : 0;
        }

        return count;
    }

    public IReadOnlyList<OutboxItem> DeadLetters() =>
        [.. state.Outbox.InState(OutboxState.DeadLetter).OrderBy(o => o.CreatedAtMs)];

    public int Count(OutboxState inState) => state.Outbox.Count(inState);

    private bool Change(string id, Func<OutboxItem, bool> change, Action<OutboxItem>? recorded = null)
    {
        OutboxItem? item;
        lock (_gate)
        {
            item = state.Atomically(() =>
            {
                var found = state.Outbox.Find(id);
                if (found is null || !change(found))
                {
                    return null;
                }

                state.Outbox.Update(WithKeys(found));
                // PostgreSQL: the event shares the change's transaction (no second lock to wait on there), so a
                // committed change always has its event and a rolled-back one never does.
                if (recorded is not null && events is { InStateTransaction: true })
                {
                    recorded(found);
                }

                return found;
            });
            if (item is null)
            {
                return false;
            }
        }

        // The event is written after the gate is released, in its own write: inside the gate it would wait on the event
        // outbox's lock, which an inbox batch may hold while it waits for this gate (LiteDB locks per collection until
        // commit), and the sender would lose that wait after 5 s with the message already sent. A crash between the two
        // writes loses this one event (docs/events.md). LiteDB only: PostgreSQL recorded it above.
        if (recorded is not null && events is { InStateTransaction: false })
        {
            events?.TryRecord(() => recorded(item));
        }

        return true;
    }

    /// <summary>Applies a change to the item holding <paramref name="wamid"/> or named by <paramref name="outboxId"/>.</summary>
    public bool ChangeByStatus(string wamid, string? outboxId, Func<OutboxItem, bool> change)
    {
        lock (_gate)
        {
            return state.Atomically(() => ChangeByStatusLocked(wamid, outboxId, change));
        }
    }

    private bool ChangeByStatusLocked(string wamid, string? outboxId, Func<OutboxItem, bool> change)
    {
        var item = (outboxId is null ? null : state.Outbox.Find(outboxId))
            ?? state.Outbox.FindByWamid(wamid);
        // The callback data names the outbox item, not the attempt: a status for an earlier attempt's message id
        // (the owner retried a dead letter since) says nothing about the current one.
        var earlierAttempt = item?.Wamid is { } current && !string.Equals(current, wamid, StringComparison.Ordinal);
        if (item is null || earlierAttempt || !change(item))
        {
            return false;
        }

        state.Outbox.Update(WithKeys(item));
        return true;
    }

    /// <summary>
    /// Whether a fromMe message from a personal channel is one of the bridge's own sends coming back: by the id the
    /// engine answered (WAHA's <c>true_{chat}_{ID}</c> and the bare <c>ID</c> are one), else, for a send whose answer was
    /// lost (a crash or timeout between the request and its record), by chat and exact text. A match confirms the item
    /// as sent, which is what lets an unconfirmed send after a crash settle without being sent twice.
    /// </summary>
    public bool ConfirmEcho(string chat, string messageId, string? text)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        var parts = messageId.Split('_');
        var shortId = parts.Length >= 3 && parts[0] is "true" or "false" ? parts[2] : messageId;
        lock (_gate)
        {
            return state.Atomically(() => ConfirmEchoLocked(chat, messageId, shortId, text));
        }
    }

    private bool ConfirmEchoLocked(string chat, string messageId, string shortId, string? text)
    {
        var item = state.Outbox.FindByWamid(messageId)
            ?? (shortId == messageId ? null : state.Outbox.FindByWamid(shortId));
        if (item is null && text is not null)
        {
            // Only sends whose outcome is unknown can match by text: a settled one has its id, and a fresh one has not gone out.
            // (A pending item that has been tried, e.g. after a timeout, may have gone out too.)
            // Two indexed reads (the few in flight, the chat's waiting items), never a scan of the outbox.
            item = state.Outbox.InState(OutboxState.Sending).Where(o => o.To == chat)
                .Concat(state.Outbox.WaitingFor(chat))
                .Where(o => o.State is OutboxState.Sending or OutboxState.Unconfirmed || (o.State == OutboxState.Pending && o.LastError != null))
                .Where(o => string.Equals(o.Text, text, StringComparison.Ordinal))
                .OrderBy(o => o.CreatedAtMs).ThenBy(o => o.Part)
                .FirstOrDefault();
        }

        if (item is null)
        {
            return false;
        }

        if (item.State is OutboxState.Sending or OutboxState.Unconfirmed or OutboxState.Pending)
        {
            item.State = OutboxState.Sent;
            item.SentAtMs ??= time.GetUtcNow().ToUnixTimeMilliseconds();
            item.LastError = null;
        }

        item.Wamid ??= messageId;
        state.Outbox.Update(WithKeys(item));
        return true;
    }

    /// <summary>
    /// The owner took over a chat: replies queued for it and not yet on their way are withdrawn (kept, marked dismissed
    /// with the reason). Runs inside the inbox processor's transaction and, unlike the other changes, without this
    /// class's lock: a sender holding that lock waits for the outbox collection this transaction already holds, so
    /// taking it here a second time in one batch would deadlock. The transaction's collection lock orders the writes.
    /// </summary>
    public int CancelPendingFor(string chat)
    {
        var cancelled = 0;
        foreach (var item in state.Outbox.WaitingFor(chat).Where(o => o.State == OutboxState.Pending).ToList())
        {
            item.State = OutboxState.Dismissed;
            item.LastError = "not sent: the owner wrote in this chat first (takeover)";
            state.Outbox.Update(WithKeys(item));
            cancelled++;
        }

        return cancelled;
    }

    /// <summary>Keeps the index keys in step with the state; every write of an item goes through here.</summary>
    internal static OutboxItem WithKeys(OutboxItem item)
    {
        var waiting = item.State is OutboxState.Pending or OutboxState.Unconfirmed;
        item.QueueKey = waiting ? item.NextAttemptAtMs : long.MaxValue;
        item.WaitingFor = waiting ? item.To : null;
        return item;
    }
}
