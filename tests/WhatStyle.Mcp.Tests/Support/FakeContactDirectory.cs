using WhatStyle.Tools.Contacts;

namespace WhatStyle.Mcp.Tests.Support;

/// <summary>An in-memory contact directory resolving ids, names and aliases case-insensitively.</summary>
internal sealed class FakeContactDirectory : IContactDirectory
{
    private readonly Lock _gate = new();
    private readonly List<ContactProfile> _profiles = [];

    public ContactProfile Add(string id, string displayName, Relationship? relationship = null, params string[] aliases)
    {
        var profile = new ContactProfile(
            new Contact(id, displayName, aliases, [], []),
            new ContactSettings { Relationship = relationship },
            StyleFingerprint.Empty with { MessageCount = 3, EmojiRate = 0.5, TopEmoji = ["😂"] });
        lock (_gate)
        {
            _profiles.Add(profile);
        }

        return profile;
    }

    public ContactProfile? Get(string id)
    {
        lock (_gate)
        {
            return _profiles.FirstOrDefault(p => p.Contact.Id == id);
        }
    }

    public Task<ContactProfile?> FindAsync(string nameOrId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_profiles.FirstOrDefault(p => Matches(p, nameOrId)));
        }
    }

    public async Task<ContactProfile> GetOrCreateAsync(string nameOrId, CancellationToken cancellationToken = default) =>
        await FindAsync(nameOrId, cancellationToken) ?? Add("c-" + nameOrId.ToLowerInvariant(), nameOrId);

    public Task<IReadOnlyList<ContactProfile>> ListAsync(string? query = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            IReadOnlyList<ContactProfile> found = [.. _profiles.Where(p => query is null
                || p.Contact.DisplayName.Contains(query, StringComparison.OrdinalIgnoreCase)
                || p.Contact.Aliases.Any(a => a.Contains(query, StringComparison.OrdinalIgnoreCase)))];
            return Task.FromResult(found);
        }
    }

    public Task<ContactProfile> ReplaceSettingsAsync(string contactId, ContactSettings settings, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var index = _profiles.FindIndex(p => p.Contact.Id == contactId);
            if (index < 0)
            {
                throw new KeyNotFoundException(contactId);
            }

            _profiles[index] = _profiles[index] with { Settings = settings };
            return Task.FromResult(_profiles[index]);
        }
    }

    public Task<ContactProfile> UpdateSettingsAsync(string contactId, ContactSettings update, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var index = _profiles.FindIndex(p => p.Contact.Id == contactId);
            if (index < 0)
            {
                throw new KeyNotFoundException(contactId);
            }

            var old = _profiles[index].Settings;
            var merged = old with
            {
                Relationship = update.Relationship ?? old.Relationship,
                Tone = update.Tone ?? old.Tone,
                Language = update.Language ?? old.Language,
                Emoji = update.Emoji ?? old.Emoji,
                Nickname = update.Nickname ?? old.Nickname,
            };
            _profiles[index] = _profiles[index] with { Settings = merged };
            return Task.FromResult(_profiles[index]);
        }
    }

    public Task<ContactProfile> AddIdentityAsync(string contactId, string nameOrId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var index = _profiles.FindIndex(p => p.Contact.Id == contactId);
            var contact = _profiles[index].Contact;
            _profiles[index] = _profiles[index] with { Contact = contact with { Aliases = [.. contact.Aliases, nameOrId] } };
            return Task.FromResult(_profiles[index]);
        }
    }

    private static bool Matches(ContactProfile profile, string nameOrId) =>
        string.Equals(profile.Contact.Id, nameOrId, StringComparison.OrdinalIgnoreCase)
        || string.Equals(profile.Contact.DisplayName, nameOrId, StringComparison.OrdinalIgnoreCase)
        || profile.Contact.Aliases.Any(a => string.Equals(a, nameOrId, StringComparison.OrdinalIgnoreCase));
}
