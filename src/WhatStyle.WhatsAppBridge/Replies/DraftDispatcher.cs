using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.ReplyLog;
using WhatStyle.WhatsAppBridge.Hosting;
using WhatStyle.WhatsAppBridge.Sending;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// Moves drafts the owner approved (<c>whatstyle drafts approve</c>, the dashboard) into the outbox and records each in
/// the conversation's history as said. The outbox ids and the recorded message's id derive from the draft id, so a
/// crash between queuing, recording and marking the draft sent can neither queue nor record it twice.
/// </summary>
/// <remarks>
/// The agent does not record a draft when it writes one (<c>IncomingMessage.RecordReply</c>): until the owner decides it
/// was never said. What the owner approved is the owner's words and teaches the contact's style, above all an edited
/// draft; the one exception is the offline responder's text approved unchanged, a template that must never be learned.
/// </remarks>
internal sealed class DraftDispatcher(
    IDraftStore drafts, Outbox outbox, ContactNames contacts, IGroupDirectory groups, IConversationMemory memory, IReplyLog replyLog,
    TimeProvider time, IOptionsMonitor<WorkerOptions> options, ILogger<DraftDispatcher> logger)
    : PeriodicWorker(time, logger)
{
    protected override TimeSpan Interval => options.CurrentValue.PollInterval * 2;

    // The drafts database may be busy (the CLI holds it briefly); try again a little later.
    protected override TimeSpan FailureDelay => options.CurrentValue.PollInterval * 4;

    protected override Task WorkAsync(CancellationToken stoppingToken) => DispatchApprovedAsync(stoppingToken);

    protected override void LogFailure(Exception error) => Logger.LogWarning(error, "Could not dispatch approved drafts; retrying.");

    internal async Task<int> DispatchApprovedAsync(CancellationToken cancellationToken)
    {
        var approved = await drafts.ListAsync(DraftStatus.Approved, cancellationToken);
        foreach (var draft in approved)
        {
            var now = Time.GetUtcNow();
            var items = OutboxItems.Build($"draft:{draft.Id}", draft.Chat, draft.Group is not null,
                draft.Group is not null ? draft.InReplyTo : null, draft.Text, draft.StickerPath, now);
            outbox.AddNew(items);
            await RecordAsync(draft, now, cancellationToken);
            // An edit is the owner's words; an unchanged draft goes out as its provider's.
            var provider = draft.Provider ?? draft.Source;
            await replyLog.MarkSentAsync(
                new ReplyRecord { Id = draft.Id, Contact = draft.Contact, WrittenAt = draft.CreatedAt, Provider = provider },
                draft.Edited ? ReplyRecord.Owner : provider, now, cancellationToken);
            await drafts.MarkSentAsync(draft.Id, cancellationToken);
        }

        if (approved.Count > 0)
        {
            outbox.Notify();
        }

        return approved.Count;
    }

    /// <summary>The sent draft in the conversation's history (idempotent by id: a repeat after a crash stores nothing new).</summary>
    private async Task RecordAsync(Draft draft, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        var byWhatStyle = !draft.Edited && string.Equals(draft.Provider, "offline", StringComparison.OrdinalIgnoreCase);
        var id = $"draft:{draft.Id}";
        if (draft.Group is { } groupId)
        {
            // The agent files group messages under the group named by its WhatsApp id; an unknown group has no history yet.
            if (await groups.FindAsync(groupId, cancellationToken) is { } group)
            {
                await memory.RecordAsync(new ConversationMessage(id, group.Group.Id, group.Group.Id, MessageDirection.Outgoing, draft.Text, sentAt, byWhatStyle), cancellationToken);
            }

            return;
        }

        if (await contacts.EnsureAsync(draft.Contact, null, cancellationToken) is { } contact)
        {
            await memory.RecordAsync(new ConversationMessage(id, contact.Contact.Id, null, MessageDirection.Outgoing, draft.Text, sentAt, byWhatStyle), cancellationToken);
        }
    }
}
