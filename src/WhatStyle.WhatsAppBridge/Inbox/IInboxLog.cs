namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>
/// Where accepted webhook bodies wait until the processor has stored what they carry: the log on the bridge's disk
/// (<see cref="InboxLog"/>, the default) or, with <c>Storage:Provider = postgres</c>, a table every bridge of the
/// account can reach (<see cref="Storage.Postgres.PostgresInboxLog"/>), so a bridge that dies for good leaves nothing
/// acknowledged behind on a disk no one reads. One writer (<see cref="InboxWriter"/>) and one reader
/// (<see cref="InboxProcessor"/>) per bridge; the reader never sees a body before the writer made it durable.
/// </summary>
internal interface IInboxLog
{
    /// <summary>The position a bridge with no stored cursor reads from.</summary>
    InboxPosition Start { get; }

    /// <summary>The cursor (in <see cref="Storage.State.IBridgeState.Cursors"/>) that stores how far this inbox was processed.</summary>
    string CursorName { get; }

    /// <summary>True after a failed write that needs the bridge's attention (a disk fault); a database outage is not one.</summary>
    bool Faulted { get; }

    /// <summary>Makes the bodies durable before returning; throws when it could not (the webhooks are answered with an error and retried).</summary>
    void Append(IReadOnlyList<byte[]> bodies, long receivedAtMs);

    /// <summary>Reads up to <paramref name="max"/> durable records from <paramref name="from"/>, oldest first; <c>Next</c> is where to continue.</summary>
    InboxRead Read(InboxPosition from, int max);

    /// <summary>Drops what lies before <paramref name="processed"/>; called once that position is stored.</summary>
    void DeleteBefore(InboxPosition processed);

    /// <summary>Bytes accepted and not processed yet (for /healthz).</summary>
    long BacklogBytes(InboxPosition processed);
}
