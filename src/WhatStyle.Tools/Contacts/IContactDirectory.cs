namespace WhatStyle.Tools.Contacts;

/// <summary>Finds, creates and updates contacts. Every way a person appears resolves to one contact.</summary>
public interface IContactDirectory
{
    /// <summary>Resolves a name, alias, phone number (any format) or WhatsApp id; null when unknown.</summary>
    Task<ContactProfile?> FindAsync(string nameOrId, CancellationToken cancellationToken = default);

    /// <summary>Resolves, or creates a contact with that name or number when none matches.</summary>
    Task<ContactProfile> GetOrCreateAsync(string nameOrId, CancellationToken cancellationToken = default);

    /// <summary>All contacts, or those whose name, alias or number contains <paramref name="query"/>.</summary>
    Task<IReadOnlyList<ContactProfile>> ListAsync(string? query = null, CancellationToken cancellationToken = default);

    /// <summary>Applies the owner's explicit settings; null members of <paramref name="update"/> leave a setting as it is.</summary>
    Task<ContactProfile> UpdateSettingsAsync(string contactId, ContactSettings update, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the owner's explicit settings: a null member clears that setting (the mode back to the bridge's default,
    /// emoji and language back to what was learned), which <see cref="UpdateSettingsAsync"/> cannot do.
    /// </summary>
    Task<ContactProfile> ReplaceSettingsAsync(string contactId, ContactSettings settings, CancellationToken cancellationToken = default);

    /// <summary>Adds a name, alias, number or WhatsApp id to an existing contact.</summary>
    Task<ContactProfile> AddIdentityAsync(string contactId, string nameOrId, CancellationToken cancellationToken = default);
}
