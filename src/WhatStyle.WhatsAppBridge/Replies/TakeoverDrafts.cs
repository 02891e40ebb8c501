using WhatStyle.Tools.Drafts;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// The owner wrote in a chat themselves: drafts still waiting there are overtaken and withdrawn, so that approving one
/// later cannot send a stale answer after the owner's own. A crisis draft stays: it is the owner's alert as much as a
/// suggested reply, and only the owner closes it.
/// </summary>
internal sealed class TakeoverDrafts(IDraftStore drafts, ILogger<TakeoverDrafts> logger)
{
    /// <summary>Withdraws the pending drafts of <paramref name="chat"/> made before <paramref name="ownerWrote"/>.</summary>
    public async Task<int> WithdrawAsync(string chat, DateTimeOffset ownerWrote, CancellationToken cancellationToken)
    {
        var withdrawn = 0;
        foreach (var draft in await drafts.ListAsync(DraftStatus.Pending, cancellationToken))
        {
            if (draft.Chat != chat || draft.Crisis is not null || draft.CreatedAt > ownerWrote)
            {
                continue;
            }

            try
            {
                await drafts.WithdrawAsync(draft.Id, cancellationToken);
                withdrawn++;
            }
            catch (InvalidOperationException)
            {
                // Decided meanwhile (approved or rejected from the CLI or the dashboard): the owner's decision stands.
            }
        }

        if (withdrawn > 0)
        {
            logger.LogInformation("The owner took over a chat; {Count} pending draft(s) withdrawn.", withdrawn);
        }

        return withdrawn;
    }
}
