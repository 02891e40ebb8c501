using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Tools.Contacts;

/// <summary>
/// The resolver and profile store over an <see cref="IContactRepository"/>; lookups are cached, and each write forgets
/// the lookups of the contact it changed (<see cref="ContactCache"/>).
/// </summary>
internal sealed class ContactDirectory(IContactRepository repository, ContactCache cache) : IContactDirectory
{
    /// <summary>Contact ids start with this prefix, so an id is never mistaken for a name.</summary>
    public const string IdPrefix = "ct_";

    public async Task<ContactProfile?> FindAsync(string nameOrId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrId);
        var trimmed = nameOrId.Trim();
        if (trimmed.StartsWith(IdPrefix, StringComparison.Ordinal) && await repository.GetAsync(trimmed, cancellationToken) is { } byId)
        {
            return ToProfile(byId);
        }

        var key = cache.KeyOf(trimmed);
        return await cache.GetOrFindAsync(
            key, async ct => await repository.FindByKeyAsync(key.Key, ct) is { } record ? ToProfile(record) : null, cancellationToken);
    }

    public async Task<ContactProfile> GetOrCreateAsync(string nameOrId, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(nameOrId, cancellationToken) is { } found)
        {
            return found;
        }

        var identity = cache.KeyOf(nameOrId);
        var contact = new Contact(
            IdPrefix + Guid.NewGuid().ToString("N")[..12],
            identity.Value,
            [],
            identity.Kind == IdentityKind.Phone ? [identity.Value] : [],
            identity.Kind == IdentityKind.WhatsAppId ? [identity.Value] : []);
        var record = await repository.GetOrAddAsync(new ContactRecord(contact, new ContactSettings(), new StyleAccumulator()), [identity.Key], cancellationToken);
        await cache.ForgetAsync(identity, cancellationToken);
        await cache.ForgetAsync(record.Contact, cancellationToken);
        return ToProfile(record);
    }

    public async Task<IReadOnlyList<ContactProfile>> ListAsync(string? query = null, CancellationToken cancellationToken = default)
    {
        var all = await repository.ListAsync(cancellationToken);
        var needle = string.IsNullOrWhiteSpace(query) ? null : ContactIdentity.Fold(query);
        var digits = needle is null ? "" : new string(needle.Where(char.IsAsciiDigit).ToArray());
        return [.. all
            .Where(r => needle is null || Matches(r.Contact, needle, digits))
            .OrderBy(r => r.Contact.DisplayName, StringComparer.CurrentCultureIgnoreCase)
            .Select(ToProfile)];
    }

    public async Task<ContactProfile> UpdateSettingsAsync(string contactId, ContactSettings update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        var record = await repository.UpdateAsync(contactId, r => r with { Settings = Merge(r.Settings, update) }, cancellationToken)
            ?? throw new KeyNotFoundException($"No contact with id '{contactId}'.");
        await cache.ForgetAsync(record.Contact, cancellationToken);
        return ToProfile(record);
    }

    public async Task<ContactProfile> ReplaceSettingsAsync(string contactId, ContactSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var record = await repository.UpdateAsync(contactId, r => r with { Settings = settings }, cancellationToken)
            ?? throw new KeyNotFoundException($"No contact with id '{contactId}'.");
        await cache.ForgetAsync(record.Contact, cancellationToken);
        return ToProfile(record);
    }

    public async Task<ContactProfile> AddIdentityAsync(string contactId, string nameOrId, CancellationToken cancellationToken = default)
    {
        var identity = cache.KeyOf(nameOrId);
        var record = await repository.AddKeysAsync(contactId, [identity.Key], r => r with { Contact = WithIdentity(r.Contact, identity) }, cancellationToken);
        await cache.ForgetAsync(identity, cancellationToken);
        await cache.ForgetAsync(record.Contact, cancellationToken);
        return ToProfile(record);
    }

    internal static ContactProfile ToProfile(ContactRecord record) =>
        new(record.Contact, record.Settings, StyleLearner.Describe(record.Style));

    private static Contact WithIdentity(Contact contact, IdentityKey identity) => identity.Kind switch
    {
        IdentityKind.Phone => contact with { PhoneNumbers = [.. contact.PhoneNumbers.Append(identity.Value).Distinct(StringComparer.Ordinal)] },
        IdentityKind.WhatsAppId => contact with { WhatsAppIds = [.. contact.WhatsAppIds.Append(identity.Value).Distinct(StringComparer.Ordinal)] },
        _ when ContactIdentity.NameKey(contact.DisplayName).Key == identity.Key => contact,
        _ => contact with { Aliases = [.. contact.Aliases.Append(identity.Value).DistinctBy(ContactIdentity.Fold)] },
    };

    private static bool Matches(Contact contact, string needle, string digits) =>
        ContactIdentity.Fold(contact.DisplayName).Contains(needle, StringComparison.Ordinal)
        || contact.Aliases.Any(a => ContactIdentity.Fold(a).Contains(needle, StringComparison.Ordinal))
        || (digits.Length >= 3 && contact.PhoneNumbers.Concat(contact.WhatsAppIds).Any(n => n.Contains(digits, StringComparison.Ordinal)));

    private static ContactSettings Merge(ContactSettings current, ContactSettings update) => new()
    {
        Relationship = update.Relationship ?? current.Relationship,
        Tone = update.Tone ?? current.Tone,
        Language = update.Language ?? current.Language,
        Emoji = update.Emoji ?? current.Emoji,
        Address = update.Address ?? current.Address,
        Nickname = update.Nickname ?? current.Nickname,
        Greeting = update.Greeting ?? current.Greeting,
        SignOff = update.SignOff ?? current.SignOff,
        ReplyMode = update.ReplyMode ?? current.ReplyMode,
    };
}
