namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>Anything in a webhook that is not a message or status (value-level errors, other fields, malformed parts), stored for the owner.</summary>
internal sealed class EventRecord
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public string Raw { get; set; } = "";
    public long ReceivedAtMs { get; set; }
}
