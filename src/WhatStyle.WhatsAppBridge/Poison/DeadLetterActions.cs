using WhatStyle.Tools.Storage;
using WhatStyle.WhatsAppBridge.Sending;

namespace WhatStyle.WhatsAppBridge.Poison;

/// <summary>
/// Every dead letter, and retrying or dismissing one: the owner's request files, the admin endpoint and the dashboard
/// all go through here, so they list and act alike.
/// </summary>
internal sealed class DeadLetterActions(Outbox outbox, IncomingDeadLetters incoming)
{
    /// <summary>Every dead letter, oldest first.</summary>
    public IReadOnlyList<BridgeDeadLetter> All() =>
        [.. outbox.DeadLetters()
            .Select(o => BridgeDeadLetter.FromOutbox(o.Id, o.To, o.Kind, o.Text, o.Attempts, o.LastErrorCode, o.LastError, o.CreatedAtMs))
            .Concat(incoming.Messages().Select(m => BridgeDeadLetter.FromIncoming(m.Id, m.Chat, m.Type, m.Text, m.Attempts, m.Note, m.ReceivedAtMs)))
            .Concat(incoming.InboxRecords().Select(d => BridgeDeadLetter.FromInbox(d.Id, d.Body, d.Attempts, d.Reason, d.ReceivedAtMs, d.Corrupt)))
            .OrderBy(d => d.CreatedAt)];

    /// <summary>Retries or dismisses one; false when <paramref name="id"/> is not a dead letter (any more).</summary>
    /// <exception cref="RetryRefusedException">A corrupt inbox record cannot be retried.</exception>
    public async Task<bool> ApplyAsync(string id, bool retry, CancellationToken cancellationToken)
    {
        var applied = IncomingDeadLetters.Owns(id)
            ? retry ? await incoming.RetryAsync(id, cancellationToken) : incoming.Dismiss(id)
            : retry ? outbox.RetryDeadLetter(id) : outbox.Dismiss(id);
        if (applied && retry && !IncomingDeadLetters.Owns(id))
        {
            outbox.Notify();
        }

        return applied;
    }
}
