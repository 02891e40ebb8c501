using Microsoft.Extensions.Options;
using WhatStyle.Tools.Drafts;
using WhatStyle.WhatsAppBridge.Hosting;
using WhatStyle.WhatsAppBridge.Sending;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// Moves drafts the owner approved (<c>whatstyle drafts approve</c>) into the outbox. The outbox ids derive from the
/// draft id, so a crash between queuing and marking the draft sent cannot queue it twice.
/// </summary>
internal sealed class DraftDispatcher(
    IDraftStore drafts, Outbox outbox, TimeProvider time, IOptionsMonitor<WorkerOptions> options, ILogger<DraftDispatcher> logger)
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
            var items = OutboxItems.Build($"draft:{draft.Id}", draft.Chat, draft.Group is not null,
                draft.Group is not null ? draft.InReplyTo : null, draft.Text, draft.StickerPath, Time.GetUtcNow());
            outbox.AddNew(items);
            await drafts.MarkSentAsync(draft.Id, cancellationToken);
        }

        if (approved.Count > 0)
        {
            outbox.Notify();
        }

        return approved.Count;
    }
}
