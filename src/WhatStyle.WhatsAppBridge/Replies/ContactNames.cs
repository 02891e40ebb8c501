using WhatStyle.Tools.Contacts;
using WhatStyle.WhatsAppBridge.Channels;
using WhatStyle.WhatsAppBridge.Channels.Personal;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// A person writing for the first time becomes a contact named as WhatsApp shows them (<c>pushName</c>,
/// <c>profile.name</c>), with their number kept, so <c>whatstyle history "José Müller"</c> finds them on every channel.
/// A known contact is never renamed: the owner's names win. A person WhatsApp shows by a hidden id (LID) is the contact
/// of their phone number when the channel can tell it, with the LID kept as an alias.
/// </summary>
internal sealed class ContactNames(
    IContactDirectory directory, IContactRepository repository, IPhoneNumberLookup phoneNumbers, ILogger<ContactNames> logger)
{
    /// <summary>
    /// The id this person goes by for modes, policy and their contact: a LID the channel can map becomes the phone
    /// number, and when that number's contact exists the LID becomes its alias. Any other id is returned as it is.
    /// </summary>
    public async Task<string> PersonAsync(string sender, CancellationToken cancellationToken)
    {
        if (!Jid.IsLid(sender) || await phoneNumbers.PhoneForAsync(sender, cancellationToken) is not { } phone)
        {
            return sender;
        }

        if (await directory.FindAsync(phone, cancellationToken) is { } contact)
        {
            await LinkAsync(contact, sender, cancellationToken);
        }

        return phone;
    }

    private async Task LinkAsync(ContactProfile contact, string lid, CancellationToken cancellationToken)
    {
        if (await directory.FindAsync(lid, cancellationToken) is not null)
        {
            return;
        }

        try
        {
            await directory.AddIdentityAsync(contact.Contact.Id, lid, cancellationToken);
        }
        catch (IdentityConflictException)
        {
            // Taken meanwhile by another contact (a race with another chat): that link stands.
        }
    }

    /// <returns>The contact, or null when <paramref name="sender"/> cannot be a contact key.</returns>
    public async Task<ContactProfile?> EnsureAsync(string? sender, string? profileName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(sender))
        {
            return null;
        }

        try
        {
            // Normalised before any decision: a profile name of only invisible characters is no name (the contact keeps
            // its number), and one that looks like a known contact's name meets that contact's key below.
            var name = DisplayNameNormalizer.Normalize(profileName);
            var hasName = name.Length > 0 && ContactIdentity.Parse(name).Kind == IdentityKind.Name;
            if (await directory.FindAsync(sender, cancellationToken) is { } known
                && (!hasName || ContactIdentity.Parse(known.Contact.DisplayName).Kind == IdentityKind.Name))
            {
                return known;
            }

            // New, or known only by number so far (e.g. the owner wrote first): the profile name becomes its name.
            var created = await directory.GetOrCreateAsync(sender, cancellationToken);
            if (!hasName)
            {
                return created;
            }

            var id = created.Contact.Id;
            var number = created.Contact.DisplayName;
            await repository.UpdateAsync(id, r => r with { Contact = r.Contact with { DisplayName = name } }, cancellationToken);
            try
            {
                // Makes the name a lookup key (and refreshes the directory's cache).
                return await directory.AddIdentityAsync(id, name, cancellationToken);
            }
            catch (IdentityConflictException)
            {
                // Another contact already goes by that name: this one keeps its number as its name rather than steal it.
                await repository.UpdateAsync(id, r => r with { Contact = r.Contact with { DisplayName = number } }, cancellationToken);
                return await directory.AddIdentityAsync(id, sender, cancellationToken);
            }
        }
        catch (ArgumentException ex)
        {
            logger.LogDebug("No contact for sender id: {Error}", ex.GetType().Name);
            return null;
        }
    }
}
