using WhatStyle.WhatsAppBridge.Poison;

namespace WhatStyle.WhatsAppBridge.Sending;

/// <summary>
/// Retries every dead letter at once (after an outage that outlasted <c>Bridge:MaxMessageAge</c>, say), optionally only
/// those created since a moment: <c>whatstyle deadletters retry --all [--since …]</c> and
/// <c>POST /admin/dead-letters/retry</c>. Corrupt inbox records are left alone (only dismissing them is allowed).
/// </summary>
internal sealed class DeadLetterBulkRetry(Outbox outbox, IncomingDeadLetters incoming, ILogger<DeadLetterBulkRetry> logger)
{
    /// <summary>Returns how many dead letters went back to work.</summary>
    public async Task<int> RetryAllAsync(DateTimeOffset? since, CancellationToken cancellationToken)
    {
        var from = since?.ToUnixTimeMilliseconds() ?? long.MinValue;
        var retried = 0;
        foreach (var item in outbox.DeadLetters().Where(o => o.CreatedAtMs >= from))
        {
            retried += outbox.RetryDeadLetter(item.Id) ? 1 : 0;
        }

        foreach (var message in incoming.Messages().Where(m => m.ReceivedAtMs >= from))
        {
            retried += await incoming.RetryAsync(IncomingDeadLetters.MessagePrefix + message.Id, cancellationToken) ? 1 : 0;
        }

        foreach (var record in incoming.InboxRecords().Where(r => !r.Corrupt && r.ReceivedAtMs >= from))
        {
            retried += await incoming.RetryAsync(record.Id, cancellationToken) ? 1 : 0;
        }

        outbox.Notify();
        logger.LogInformation("{Count} dead letter(s) retried in bulk{Since}.", retried, since is null ? "" : $" (created since {since:O})");
        return retried;
    }
}
