namespace WhatStyle.Tools.ReplyLog;

/// <summary>
/// Every reply WhatStyle wrote, with its provider, fallback and failed calls, and who it was finally sent as. The
/// analytics read it; the bridge writes it when a reply is written and when it is sent. Writes are idempotent by id.
/// </summary>
public interface IReplyLog
{
    /// <summary>Records a written reply; a second record with the same id keeps the first's writing and takes a newer sending.</summary>
    Task RecordAsync(ReplyRecord reply, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the reply sent as <paramref name="sentBy"/> (<see cref="ReplyRecord.Owner"/> or the provider). A reply the log
    /// never saw written (a draft from elsewhere) is recorded from <paramref name="written"/>.
    /// </summary>
    Task MarkSentAsync(ReplyRecord written, string sentBy, DateTimeOffset sentAt, CancellationToken cancellationToken = default);

    /// <summary>Every reply written since <paramref name="since"/> (all when null), oldest first.</summary>
    Task<IReadOnlyList<ReplyRecord>> ListAsync(DateTimeOffset? since = null, CancellationToken cancellationToken = default);
}
