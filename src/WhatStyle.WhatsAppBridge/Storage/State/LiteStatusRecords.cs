namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>bridge.db's <c>statuses</c>.</summary>
internal sealed class LiteStatusRecords(BridgeDatabase database) : IStatusRecords
{
    public StatusRecord? Find(string id) => database.Statuses.FindById(id);

    public void Upsert(StatusRecord record) => database.Statuses.Upsert(record);
}
