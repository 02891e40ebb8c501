using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.State;

namespace WhatStyle.WhatsAppBridge.Poison;

/// <summary>Keeps inbox records the processor gives up on as <see cref="InboxDeadLetter"/>s, with their bodies.</summary>
internal sealed class InboxDeadLetterStore(IBridgeState state, TimeProvider time)
{
    /// <summary>The dead-letter id of a record: where it was in the inbox log.</summary>
    public static string IdOf(InboxRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return $"{IncomingDeadLetters.InboxPrefix}{record.At.Segment}-{record.At.Offset}";
    }

    /// <summary>
    /// Inserts, never overwrites: should the log ever restart its numbering (or, on PostgreSQL, another bridge's log
    /// have set aside a record at the same position), an older dead letter keeps its id. Call
    /// inside the transaction that moves the inbox position past the record. A record whose checksum did not match is
    /// marked <see cref="InboxDeadLetter.Corrupt"/>: its bytes are no longer the ones the webhook signature verified.
    /// </summary>
    public void Keep(InboxRecord record, int attempts, string reason)
    {
        var deadLetter = new InboxDeadLetter
        {
            Id = IdOf(record),
            Body = record.Body,
            ReceivedAtMs = record.ReceivedAtMs,
            DeadAtMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
            Attempts = attempts,
            Reason = reason,
            Corrupt = record.Corrupt,
        };
        var id = deadLetter.Id;
        for (var taken = 0; !state.InboxDeadLetters.TryInsert(deadLetter); taken++)
        {
            deadLetter.Id = taken == 0 ? $"{id}@{deadLetter.DeadAtMs}" : $"{id}@{deadLetter.DeadAtMs}-{taken}";
        }
    }
}
