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
    /// <summary>
    /// The owner's say on <paramref name="waId"/>'s chat: the mode on their profile (null when unknown or unset), and
    /// whether the owner took the chat over, which outranks every mode, the configured ones included.
    /// </summary>
    public async Task<OwnerSay> FindAsync(string waId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(waId))
        {
            return default;
        }

        try
        {
            if (await contacts.FindAsync(waId, cancellationToken) is not { } profile)
            {
                return default;
            }

            // The owner answers a chat they took over; the mode underneath stays as it was for the hand-back.
            return new OwnerSay(profile.Settings.ReplyMode, await takeovers.FindAsync(profile.Contact.Id, cancellationToken) is not null);
        }
        catch (ArgumentException ex)
        {
            // Sender ids come from the webhook; one that is not a valid identity simply has no profile.
            logger.LogDebug("No contact lookup for sender id: {Error}", ex.Message);
            return default;
        }
    }
}

/// <summary>What the owner set for one contact's chat: the profile's reply mode, and whether they took the chat over.</summary>
internal readonly record struct OwnerSay(ReplyMode? Mode, bool TakenOver);
