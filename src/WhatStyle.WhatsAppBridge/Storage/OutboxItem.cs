using LiteDB;

namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>One message to send. Its id is derived from what it answers, so queuing it twice stores it once.</summary>
internal sealed class OutboxItem
{
    [BsonId]
    public string Id { get; set; } = "";

    /// <summary>Recipient: wa_id, or the group id when <see cref="IsGroup"/>.</summary>
    public string To { get; set; } = "";
    public bool IsGroup { get; set; }

    /// <summary>"text" or "sticker".</summary>
    public string Kind { get; set; } = "text";
    public string? Text { get; set; }
    public string? StickerPath { get; set; }

    /// <summary>The wamid to quote (reply context), or null.</summary>
    public string? ContextMessageId { get; set; }

    public long CreatedAtMs { get; set; }

    /// <summary>Order within the recipient's queue (creation time, then part index).</summary>
    public int Part { get; set; }

    public OutboxState State { get; set; }

    /// <summary>
    /// <see cref="NextAttemptAtMs"/> while the item waits to be sent (pending, unconfirmed), else <see cref="long.MaxValue"/>:
    /// indexed, so the sender reads only the items that may go now instead of scanning the outbox. Set by the outbox.
    /// </summary>
    public long QueueKey { get; set; } = long.MaxValue;

    /// <summary><see cref="To"/> while the item waits to be sent, else null: indexed, for the per-recipient order check.</summary>
    public string? WaitingFor { get; set; }
    public int Attempts { get; set; }

    /// <summary>Consecutive 131056 (pair rate) errors: the next wait is unit × 4^n.</summary>
    public int PairRateHits { get; set; }
    public long NextAttemptAtMs { get; set; }
    public long? SendingSinceMs { get; set; }
    public int? LastErrorCode { get; set; }
    public string? LastError { get; set; }
    public string? Wamid { get; set; }
    public long? SentAtMs { get; set; }

    /// <summary>The latest delivery status seen for <see cref="Wamid"/> (sent, delivered, read, played, failed).</summary>
    public string? DeliveryStatus { get; set; }
}
