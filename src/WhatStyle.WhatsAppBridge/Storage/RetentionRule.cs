namespace WhatStyle.WhatsAppBridge.Storage;

/// <summary>
/// What retention may delete, the one rule every provider applies (each in its own query language): records fully done
/// and older than <see cref="CutoffMs"/>. Messages answered, drafted or stored without a reply (by arrival); delivery
/// statuses delivered, read or played (by their timestamp); replies sent (by creation). Never pending messages, unsent or
/// unconfirmed replies, or dead letters of any kind. Not pruned (yet): statuses that stopped at sent or failed, which
/// still grow with traffic, slowly.
/// </summary>
/// <param name="CutoffMs">Unix milliseconds: only records older than this go.</param>
internal sealed record RetentionRule(long CutoffMs)
{
    /// <summary>Message states that are done with (by <see cref="MessageRecord.ReceivedAtMs"/>).</summary>
    public static readonly IReadOnlyList<MessageState> FinishedMessages = [MessageState.Answered, MessageState.Drafted, MessageState.Stored];

    /// <summary>Delivery statuses past which nothing changes (by <see cref="StatusRecord.TimestampMs"/>).</summary>
    public static readonly IReadOnlyList<string> FinishedStatuses = ["delivered", "read", "played"];

    /// <summary>Outbox states that are done with (by <see cref="OutboxItem.CreatedAtMs"/>).</summary>
    public static readonly IReadOnlyList<OutboxState> FinishedReplies = [OutboxState.Sent];

    /// <summary>The rule for <paramref name="retention"/> before <paramref name="now"/>; null when retention is off (zero).</summary>
    public static RetentionRule? At(DateTimeOffset now, TimeSpan retention) =>
        retention <= TimeSpan.Zero ? null : new RetentionRule((now - retention).ToUnixTimeMilliseconds());
}
