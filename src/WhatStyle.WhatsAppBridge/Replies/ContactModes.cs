using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Takeovers;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// The reply mode the owner set on a contact's profile (<c>whatstyle contacts set NAME --mode draft</c>), read from the
/// shared contacts store, or <see cref="ReplyMode.Off"/> while the owner has taken the chat over (the dashboard).
/// Lookups go through the contact directory's cache (<c>Storage:CacheSeconds</c>), so a change made with the CLI
/// reaches the bridge within that time.
/// </summary>
internal sealed class ContactModes(IContactDirectory contacts, ITakeovers takeovers, ILogger<ContactModes> logger)
{
    /// <summary>The mode on the profile of <paramref name="waId"/>, or null when the contact is unknown or has none.</summary>
    public async Task<ReplyMode?> FindAsync(string waId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(waId))
        {
            return null;
        }

        try
        {
            if (await contacts.FindAsync(waId, cancellationToken) is not { } profile)
            {
                return null;
            }

            // The owner answers a chat they took over; the mode underneath stays as it was for the hand-back.
            return await takeovers.FindAsync(profile.Contact.Id, cancellationToken) is not null ? ReplyMode.Off : profile.Settings.ReplyMode;
        }
        catch (ArgumentException ex)
        {
            // Sender ids come from the webhook; one that is not a valid identity simply has no profile.
            logger.LogDebug("No contact lookup for sender id: {Error}", ex.Message);
            return null;
        }
    }
}
