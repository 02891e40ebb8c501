using LiteDB;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Events;

namespace WhatStyle.Tools.Storage.LiteDb;

/// <summary>Contacts in LiteDB: <c>contacts</c> holds the people, <c>contact_keys</c> maps each identity key to its one owner.</summary>
internal sealed class LiteContactRepository : IContactRepository
{
    internal const string Contacts = "contacts";
    internal const string Keys = "contact_keys";
    private readonly LiteStore _store;
    private readonly EventRecorder? _events;

    public LiteContactRepository(LiteStore store, EventRecorder? events = null)
    {
        _store = store;
        _events = events;
    }

    public Task<ContactRecord?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_store.Read(db => db.GetCollection<ContactDocument>(Contacts).FindById(id) is { } doc ? ToRecord(doc) : null));

    public Task<ContactRecord?> FindByKeyAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_store.Read(db =>
        {
            var owner = db.GetCollection<KeyDocument>(Keys).FindById(key);
            return owner is null ? null : db.GetCollection<ContactDocument>(Contacts).FindById(owner.OwnerId) is { } doc ? ToRecord(doc) : null;
        }));

    public Task<IReadOnlyList<ContactRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ContactRecord>>(_store.Read(db => db.GetCollection<ContactDocument>(Contacts).FindAll().Select(ToRecord).ToList()));

    public Task<ContactRecord> GetOrAddAsync(ContactRecord candidate, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(keys);
        return Task.FromResult(_store.Write(db =>
        {
            var keyCollection = db.GetCollection<KeyDocument>(Keys);
            var contacts = db.GetCollection<ContactDocument>(Contacts);
            foreach (var key in keys)
            {
                if (keyCollection.FindById(key) is { } owner && contacts.FindById(owner.OwnerId) is { } existing)
                {
                    return ToRecord(existing);
                }
            }

            var document = ToDocument(candidate);
            document.Keys = [.. keys.Distinct(StringComparer.Ordinal)];
            contacts.Insert(document);
            foreach (var key in document.Keys)
            {
                keyCollection.Upsert(new KeyDocument { Id = key, OwnerId = document.Id });
            }

            // A new profile is a changed profile for a subscriber: without this, a contact's first profile is never announced.
            _events?.Record(EventTypes.ProfileUpdated, new ProfileUpdatedData(document.Id));
            return ToRecord(document);
        }));
    }

    public Task<ContactRecord?> UpdateAsync(string id, Func<ContactRecord, ContactRecord> update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        return Task.FromResult(_store.Write(db =>
        {
            var contacts = db.GetCollection<ContactDocument>(Contacts);
            if (contacts.FindById(id) is not { } existing)
            {
                return null;
            }

            var updated = ToDocument(update(ToRecord(existing)));
            updated.Id = existing.Id;
            updated.Keys = existing.Keys;
            contacts.Update(updated);
            _events?.Record(EventTypes.ProfileUpdated, new ProfileUpdatedData(updated.Id));
            return ToRecord(updated);
        }));
    }

    public Task<ContactRecord> AddKeysAsync(string id, IReadOnlyCollection<string> keys, Func<ContactRecord, ContactRecord> update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(update);
        return Task.FromResult(_store.Write(db =>
        {
            var contacts = db.GetCollection<ContactDocument>(Contacts);
            var keyCollection = db.GetCollection<KeyDocument>(Keys);
            var existing = contacts.FindById(id) ?? throw new KeyNotFoundException($"No contact with id '{id}'.");
            foreach (var key in keys)
            {
                if (keyCollection.FindById(key) is { } owner && owner.OwnerId != id)
                {
                    var other = contacts.FindById(owner.OwnerId)?.DisplayName ?? owner.OwnerId;
                    throw new IdentityConflictException($"'{key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..]}' already belongs to {other}.");
                }
            }

            var updated = ToDocument(update(ToRecord(existing)));
            updated.Id = existing.Id;
            updated.Keys = [.. existing.Keys.Concat(keys).Distinct(StringComparer.Ordinal)];
            contacts.Update(updated);
            foreach (var key in keys)
            {
                keyCollection.Upsert(new KeyDocument { Id = key, OwnerId = id });
            }

            _events?.Record(EventTypes.ProfileUpdated, new ProfileUpdatedData(updated.Id));
            return ToRecord(updated);
        }));
    }

    internal static ContactRecord ToRecord(ContactDocument doc) => new(
        new Contact(doc.Id, doc.DisplayName, doc.Aliases, doc.PhoneNumbers, doc.WhatsAppIds),
        new ContactSettings
        {
            Relationship = doc.Relationship,
            Tone = doc.Tone,
            Language = doc.Language,
            Emoji = doc.Emoji,
            Address = doc.Address,
            Nickname = doc.Nickname,
            Greeting = doc.Greeting,
            SignOff = doc.SignOff,
            ReplyMode = doc.ReplyMode,
        },
        doc.Style);

    private static ContactDocument ToDocument(ContactRecord record) => new()
    {
        Id = record.Contact.Id,
        DisplayName = record.Contact.DisplayName,
        Aliases = [.. record.Contact.Aliases],
        PhoneNumbers = [.. record.Contact.PhoneNumbers],
        WhatsAppIds = [.. record.Contact.WhatsAppIds],
        Relationship = record.Settings.Relationship,
        Tone = record.Settings.Tone,
        Language = record.Settings.Language,
        Emoji = record.Settings.Emoji,
        Address = record.Settings.Address,
        Nickname = record.Settings.Nickname,
        Greeting = record.Settings.Greeting,
        SignOff = record.Settings.SignOff,
        ReplyMode = record.Settings.ReplyMode,
        Style = record.Style,
    };
}
