namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>bridge.db's <c>outbox</c>, read through its state, wamid, queue-key and waiting-for indexes.</summary>
internal sealed class LiteOutboxRecords(BridgeDatabase database) : IOutboxRecords
{
    public OutboxItem? Find(string id) => database.Outbox.FindById(id);

    // Check-and-insert under the outbox's lock (the caller's), which every writer of new items takes.
    public bool TryInsert(OutboxItem item)
    {
        if (database.Outbox.FindById(item.Id) is not null)
        {
            return false;
        }

        database.Outbox.Insert(item);
        return true;
    }

    public void Update(OutboxItem item) => database.Outbox.Update(item);

    public OutboxItem? FindByWamid(string wamid) => database.Outbox.FindOne(o => o.Wamid == wamid);

    public IReadOnlyList<OutboxItem> Due(long nowMs, int skip, int take) =>
        [.. database.Outbox.Query().Where(o => o.QueueKey <= nowMs).OrderBy(o => o.QueueKey).Offset(skip).Limit(take).ToEnumerable()];

    public IReadOnlyList<OutboxItem> WaitingFor(string recipient) => [.. database.Outbox.Find(o => o.WaitingFor == recipient)];

    // One process: the sender itself keeps one send per recipient in flight.
    public bool InFlightElsewhere(string recipient) => false;

    public IReadOnlyList<OutboxItem> InState(OutboxState state) => [.. database.Outbox.Find(o => o.State == state)];

    public IReadOnlyList<OutboxItem> InFlightHere() => InState(OutboxState.Sending);

    public IReadOnlyList<OutboxItem> InFlightOfLapsedHolders() => [];

    public int Count(OutboxState state) => database.Outbox.Count(o => o.State == state);
}
