namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>bridge.db's <c>cursors</c>.</summary>
internal sealed class LiteCursorRecords(BridgeDatabase database) : ICursorRecords
{
    public CursorRecord? Find(string name) => database.Cursors.FindById(name);

    public void Upsert(CursorRecord record) => database.Cursors.Upsert(record);
}
