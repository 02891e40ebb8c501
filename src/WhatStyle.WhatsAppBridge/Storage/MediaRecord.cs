using LiteDB;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>An uploaded media id, keyed by the SHA-256 of the file, reused until it nears expiry.</summary>
internal sealed class MediaRecord
{
    [BsonId]
    public string Id { get; set; } = "";
    public string MediaId { get; set; } = "";
    public long UploadedAtMs { get; set; }
}
