using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Tools.Contacts;

/// <summary>
/// The cache of contact lookups: one entry per identity key (a name, a number, a WhatsApp id), holding the profile or
/// "no such contact". A write forgets only the entries of the contact it changed, so the bridge's stream of new contacts
/// and learned styles leaves every other contact's lookups warm. (It used to drop every entry on any write, which made
/// the cache miss on nearly every lookup of a busy bridge.)
/// </summary>
internal sealed class ContactCache(HybridCache cache, CachePolicy policy, IOptions<ContactsOptions> options)
{
    private static readonly string[] Tags = [CachePolicy.ContactsTag];
    private readonly string? _countryCode = options.Value.DefaultCountryCode;

    /// <summary>The identity key a name or id is looked up by.</summary>
    public IdentityKey KeyOf(string nameOrId) => ContactIdentity.Parse(nameOrId, _countryCode);

    public ValueTask<ContactProfile?> GetOrFindAsync(IdentityKey key, Func<CancellationToken, ValueTask<ContactProfile?>> find, CancellationToken cancellationToken) =>
        cache.GetOrCreateAsync(EntryKey(key.Key), find, static (find, ct) => find(ct), policy.Entry, Tags, cancellationToken);

    /// <summary>Forgets every lookup that can name <paramref name="contact"/>: its name, aliases, numbers and WhatsApp ids.</summary>
    public async Task ForgetAsync(Contact contact, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(contact);
        foreach (var text in new[] { contact.DisplayName }.Concat(contact.Aliases).Concat(contact.PhoneNumbers).Concat(contact.WhatsAppIds))
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            IdentityKey key;
            try
            {
                key = KeyOf(text);
            }
            catch (ArgumentException)
            {
                continue; // Not a name or id anyone can look up, so nothing is cached under it.
            }

            await cache.RemoveAsync(EntryKey(key.Key), cancellationToken);
        }
    }

    /// <summary>Forgets the lookup of one key (a contact is about to answer to it, so "no such contact" is stale).</summary>
    public ValueTask ForgetAsync(IdentityKey key, CancellationToken cancellationToken) => cache.RemoveAsync(EntryKey(key.Key), cancellationToken);

    private static string EntryKey(string key) => "contact-find:" + key;
}
