using LiteDB;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>A conversation and when it is next due for a reply (burst coalescing).</summary>
internal sealed class ChatRecord
{
    [BsonId]
    public string Id { get; set; } = "";

    public bool IsGroup { get; set; }

    public bool HasPending { get; set; }

    /// <summary>The chat is answered once now ≥ this: the last message's arrival plus the burst window.</summary>
    public long DueAtMs { get; set; }

    /// <summary>
    /// <see cref="DueAtMs"/> while <see cref="HasPending"/>, else <see cref="long.MaxValue"/>: indexed, so the reply
    /// worker reads the few due chats in due order instead of scanning every pending chat on each pass.
    /// </summary>
    public long DueKey { get; set; } = long.MaxValue;

    /// <summary>When the owner last wrote in this chat from their phone (personal channels), or null when never seen.</summary>
    public long? OwnerWroteAtMs { get; set; }
}
