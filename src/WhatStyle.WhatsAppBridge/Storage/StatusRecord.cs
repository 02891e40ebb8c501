using LiteDB;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>The best delivery status seen for one outgoing wamid; statuses arrive out of order and are never downgraded.</summary>
internal sealed class StatusRecord
{
    [BsonId]
    public string Id { get; set; } = "";
    public string Status { get; set; } = "";
    public string? RecipientId { get; set; }
    public long TimestampMs { get; set; }
    public int? ErrorCode { get; set; }
    public string? OutboxId { get; set; }
}
