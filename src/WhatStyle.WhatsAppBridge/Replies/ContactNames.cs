using WhatStyle.Tools.Contacts;

namespace WhatStyle.WhatsAppBridge.Replies;

/// <summary>
/// A person writing for the first time becomes a contact named as WhatsApp shows them (<c>pushName</c>,
/// <c>profile.name</c>), with their number kept, so <c>whatstyle history "José Müller"</c> finds them on every channel.
/// A known contact is never renamed: the owner's names win.
/// </summary>
internal sealed class ContactNames(IContactDirectory directory, IContactRepository repository, ILogger<ContactNames> logger)
{
    /// <returns>The contact, or null when <paramref name="sender"/> cannot be a contact key.</returns>
    public async Task<ContactProfile?> EnsureAsync(string? sender, string? profileName, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(sender))
        {
            return null;
        }

        try
        {
            var name = profileName?.Trim();
            var hasName = !string.IsNullOrEmpty(name) && ContactIdentity.Parse(name).Kind == IdentityKind.Name;
            if (await directory.FindAsync(sender, cancellationToken) is { } known
                && (!hasName || ContactIdentity.Parse(known.Contact.DisplayName).Kind == IdentityKind.Name))
            {
                return known;
            }

            // New, or known only by number so far (e.g. the owner wrote first): the profile name becomes its name.
            var created = await directory.GetOrCreateAsync(sender, cancellationToken);
            if (!hasName || name is null)
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
