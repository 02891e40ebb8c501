namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>A place in an inbox: segment number and byte offset in the log on disk, or segment 0 and the row's sequence number in PostgreSQL.</summary>
internal readonly record struct InboxPosition(long Segment, long Offset);

/// <summary>One stored webhook body.</summary>
internal sealed record InboxRecord(byte[] Body, long ReceivedAtMs)
{
    /// <summary>Where the record starts in the log: its identity for retries and dead letters.</summary>
    public InboxPosition At { get; init; }

    /// <summary>The position right after it.</summary>
    public InboxPosition Next { get; init; }

    /// <summary>The stored checksum does not match: <see cref="Body"/> is what the disk holds, not what was accepted.</summary>
    public bool Corrupt { get; init; }
}

/// <summary>Records read and the position after them.</summary>
internal sealed record InboxRead(IReadOnlyList<InboxRecord> Records, InboxPosition Next);
