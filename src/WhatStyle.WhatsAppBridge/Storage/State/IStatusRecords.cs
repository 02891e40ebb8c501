namespace WhatStyle.WhatsAppBridge.Storage.State;

/// <summary>The best delivery status seen per outgoing message id.</summary>
internal interface IStatusRecords
{
    StatusRecord? Find(string id);

    void Upsert(StatusRecord record);
}
