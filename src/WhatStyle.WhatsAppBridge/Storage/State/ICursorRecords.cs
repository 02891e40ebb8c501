namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>Named positions of this bridge (how far its own inbox log has been processed).</summary>
internal interface ICursorRecords
{
    CursorRecord? Find(string name);

    void Upsert(CursorRecord record);
}
