using WhatStyle.Tools.Contacts;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// The reply mode the owner set on a contact's profile (<c>whatstyle contacts set NAME --mode draft</c>), read from the
/// shared contacts store. Lookups go through the contact directory's cache (<c>Storage:CacheSeconds</c>), so a change
/// made with the CLI reaches the bridge within that time.
/// </summary>
internal sealed class ContactModes(IContactDirectory contacts, ILogger<ContactModes> logger)
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
            return (await contacts.FindAsync(waId, cancellationToken))?.Settings.ReplyMode;
        }
        catch (ArgumentException ex)
        {
            // Sender ids come from the webhook; one that is not a valid identity simply has no profile.
            logger.LogDebug("No contact lookup for sender id: {Error}", ex.Message);
            return null;
        }
    }
}
