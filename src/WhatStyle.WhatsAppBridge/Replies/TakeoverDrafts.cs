using WhatStyle.Tools.Drafts;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// The owner wrote in a chat themselves: drafts still waiting there are overtaken and withdrawn, so that approving one
/// later cannot send a stale answer after the owner's own. A crisis draft stays: it is the owner's alert as much as a
/// suggested reply, and only the owner closes it.
/// </summary>
internal sealed class TakeoverDrafts(IDraftStore drafts, ILogger<TakeoverDrafts> logger)
{
    /// <summary>
    /// Withdraws each chat's pending drafts made before the owner last wrote there (<paramref name="ownerWrote"/>, by
    /// chat): one read of the pending drafts for a whole batch of the owner's messages.
    /// </summary>
    public async Task<int> WithdrawAsync(IReadOnlyDictionary<string, DateTimeOffset> ownerWrote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ownerWrote);
        if (ownerWrote.Count == 0)
        {
            return 0;
        }

        var withdrawn = 0;
        foreach (var draft in await drafts.ListAsync(DraftStatus.Pending, cancellationToken))
        {
            if (!ownerWrote.TryGetValue(draft.Chat, out var wrote) || draft.Crisis is not null || draft.CreatedAt > wrote)
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
