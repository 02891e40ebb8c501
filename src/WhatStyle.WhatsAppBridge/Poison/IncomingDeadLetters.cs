using WhatStyle.Tools.Storage;
using WhatStyle.WhatsAppBridge.Inbox;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.State;

namespace WhatStyle.WhatsAppBridge.Poison;

/// <summary>
/// The owner's retry and dismiss of incoming dead letters: inbox records set aside (<c>inbox:…</c>) and messages whose
/// reply failed every attempt (<c>incoming:&lt;wamid&gt;</c>). Outbox dead letters are the <see cref="Sending.Outbox"/>'s.
/// </summary>
internal sealed class IncomingDeadLetters(IBridgeState state, MessageLedger ledger, InboxWriter inbox, BridgeSignals signals, TimeProvider time)
{
    public const string InboxPrefix = "inbox:";
    public const string MessagePrefix = BridgeDeadLetter.IncomingPrefix;

    public static bool Owns(string id) =>
        id.StartsWith(InboxPrefix, StringComparison.Ordinal) || id.StartsWith(MessagePrefix, StringComparison.Ordinal);

    /// <summary>Messages whose reply failed every attempt, oldest first.</summary>
    public IReadOnlyList<MessageRecord> Messages() =>
        [.. state.Messages.InState(MessageState.DeadLetter).OrderBy(m => m.ReceivedAtMs)];

    /// <summary>Inbox records set aside, oldest first.</summary>
    public IReadOnlyList<InboxDeadLetter> InboxRecords() =>
        state.InboxDeadLetters.All();

    public int Count() => state.Messages.Count(MessageState.DeadLetter) + state.InboxDeadLetters.Count();

    /// <summary>
    /// An inbox record goes back into the inbox log (through the same writer as webhooks, so the log keeps one writer)
    /// and is processed like a new delivery: its messages are deduplicated by wamid as always. A message goes back to
    /// pending with a fresh attempt budget.
    /// </summary>
    /// <returns>False when <paramref name="id"/> is not such a dead letter.</returns>
    /// <exception cref="RetryRefusedException">The dead letter is <see cref="InboxDeadLetter.Corrupt"/>: only dismissing it is allowed.</exception>
    public async Task<bool> RetryAsync(string id, CancellationToken cancellationToken)
    {
        if (id.StartsWith(InboxPrefix, StringComparison.Ordinal))
        {
            if (state.InboxDeadLetters.Find(id) is not { } deadLetter)
            {
                return false;
            }

            if (deadLetter.Corrupt)
            {
                // Damaged bytes re-appended would be processed as if they were the verified webhook.
                throw new RetryRefusedException($"{id} {WhatStyle.Tools.Storage.BridgeDeadLetter.CorruptRetryRefusal}.");
            }

            // Appended (fsynced) before it is deleted: a crash in between only means processing it twice, harmlessly.
            await inbox.AppendAsync(deadLetter.Body, cancellationToken);
            state.InboxDeadLetters.Delete(id);
            return true;
        }

        var retried = ChangeMessage(id, message =>
        {
            message.State = MessageState.Pending;
            message.Attempts = 0;
            message.Note = $"retried by the owner after: {message.Note}";
            ledger.MarkChatDue(message.Chat, message.Group is not null, time.GetUtcNow());
        });
        if (retried)
        {
            signals.Chats.Notify();
        }

        return retried;
    }

    /// <summary>Drops the dead letter: an inbox record's body is deleted, a message stays stored but is never answered.</summary>
    public bool Dismiss(string id) =>
        id.StartsWith(InboxPrefix, StringComparison.Ordinal)
            ? state.InboxDeadLetters.Delete(id)
            : ChangeMessage(id, message =>
            {
                message.State = MessageState.Stored;
                message.Note = $"dismissed by the owner: {message.Note}";
            });

    private bool ChangeMessage(string id, Action<MessageRecord> change)
    {
        if (!id.StartsWith(MessagePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var wamid = id[MessagePrefix.Length..];
        return ledger.InBatch(() =>
        {
            var message = state.Messages.Find(wamid);
            if (message is null || message.State != MessageState.DeadLetter)
            {
                return false;
            }

            change(message);
            state.Messages.Update(message);
            return true;
        });
    }
}
