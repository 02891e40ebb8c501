namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>One accepted webhook body, exactly as received, waiting to be processed.</summary>
internal sealed class InboxItem
{
    /// <summary>Auto-incremented by LiteDB, so processing order is arrival order.</summary>
    public long Id { get; set; }

    public byte[] Body { get; set; } = [];

    public long ReceivedAtMs { get; set; }
}
