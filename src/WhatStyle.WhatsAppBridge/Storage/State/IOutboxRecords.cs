namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>Outgoing messages; every write goes through <see cref="Sending.Outbox.WithKeys"/> first.</summary>
internal interface IOutboxRecords
{
    OutboxItem? Find(string id);

    /// <summary>Stores a new item; false when one with its id exists (the ids are derived from what is answered, so a second answer of the same messages adds nothing).</summary>
    bool TryInsert(OutboxItem item);

    void Update(OutboxItem item);

    OutboxItem? FindByWamid(string wamid);

    /// <summary>A page of items whose <see cref="OutboxItem.QueueKey"/> is due at <paramref name="nowMs"/>, earliest first.</summary>
    IReadOnlyList<OutboxItem> Due(long nowMs, int skip, int take);

    /// <summary>Items still waiting to be sent to <paramref name="recipient"/> (<see cref="OutboxItem.WaitingFor"/>), in no particular order.</summary>
    IReadOnlyList<OutboxItem> WaitingFor(string recipient);

    /// <summary>True when another bridge has a send to <paramref name="recipient"/> on the wire (its order must hold across bridges).</summary>
    bool InFlightElsewhere(string recipient);

    /// <summary>Items in <paramref name="state"/>, in no particular order.</summary>
    IReadOnlyList<OutboxItem> InState(OutboxState state);

    /// <summary>Items this bridge marked <see cref="OutboxState.Sending"/> (after a restart: sends whose outcome is unknown).</summary>
    IReadOnlyList<OutboxItem> InFlightHere();

    /// <summary>
    /// Items another bridge marked <see cref="OutboxState.Sending"/> and whose lease has run out (that bridge died and
    /// has not come back): sends of unknown outcome nobody else would settle. None on LiteDB (one process).
    /// </summary>
    IReadOnlyList<OutboxItem> InFlightOfLapsedHolders();

    int Count(OutboxState state);
}
