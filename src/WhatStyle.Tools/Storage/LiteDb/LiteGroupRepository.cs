using LiteDB;
using WhatStyle.Tools.Contacts.Groups;

namespace WhatStyle.Tools.Storage.LiteDb;

/// <summary>Groups in LiteDB: <c>groups</c> and <c>group_keys</c> (name key to group).</summary>
internal sealed class LiteGroupRepository : IGroupRepository
{
    internal const string Groups = "groups";
    internal const string Keys = "group_keys";
    private const string MembersIndex = "members";

    // A parameter, not the id written into the text: LiteDB compiles (JIT) and caches every distinct expression text.
    private static readonly string MemberQueryText = $"$.{nameof(GroupDocument.MemberIds)}[*] ANY = @0";
    private readonly LiteStore _store;

    public LiteGroupRepository(LiteStore store)
    {
        _store = store;
        // A multikey index (one entry per member id), so the groups of one contact are a lookup, not a scan.
        _store.Write(db => db.GetCollection<GroupDocument>(Groups).EnsureIndex(MembersIndex, $"$.{nameof(GroupDocument.MemberIds)}[*]"));
    }

    public Task<GroupRecord?> GetAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_store.Read(db => db.GetCollection<GroupDocument>(Groups).FindById(id) is { } doc ? ToRecord(doc) : null));

    public Task<GroupRecord?> FindByKeyAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_store.Read(db =>
            db.GetCollection<KeyDocument>(Keys).FindById(key) is { } owner && db.GetCollection<GroupDocument>(Groups).FindById(owner.OwnerId) is { } doc
                ? ToRecord(doc)
                : null));

    public Task<IReadOnlyList<GroupRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<GroupRecord>>(_store.Read(db => db.GetCollection<GroupDocument>(Groups).FindAll().Select(ToRecord).ToList()));

    public Task<IReadOnlyList<GroupRecord>> ListByMemberAsync(string contactId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contactId);
        return Task.FromResult<IReadOnlyList<GroupRecord>>(_store.Read(db => db.GetCollection<GroupDocument>(Groups)
            .Find(BsonExpression.Create(MemberQueryText, new BsonValue(contactId)))
            .Select(ToRecord)
            .ToList()));
    }

    public Task<GroupRecord> GetOrAddAsync(GroupRecord candidate, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return Task.FromResult(_store.Write(db =>
        {
            var keys = db.GetCollection<KeyDocument>(Keys);
            var groups = db.GetCollection<GroupDocument>(Groups);
            if (keys.FindById(key) is { } owner && groups.FindById(owner.OwnerId) is { } existing)
            {
                return ToRecord(existing);
            }

            var document = ToDocument(candidate);
            groups.Insert(document);
            keys.Upsert(new KeyDocument { Id = key, OwnerId = document.Id });
            return ToRecord(document);
        }));
    }

    public Task<GroupRecord?> UpdateAsync(string id, Func<GroupRecord, GroupRecord> update, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        return Task.FromResult(_store.Write(db =>
        {
            var groups = db.GetCollection<GroupDocument>(Groups);
            if (groups.FindById(id) is not { } existing)
            {
                return null;
            }

            var updated = ToDocument(update(ToRecord(existing)));
            updated.Id = existing.Id;
            groups.Update(updated);
            return ToRecord(updated);
        }));
    }

    internal static GroupRecord ToRecord(GroupDocument doc) => new(new Group(doc.Id, doc.Name, doc.MemberIds), doc.Style);

    private static GroupDocument ToDocument(GroupRecord record) => new()
    {
        Id = record.Group.Id,
        Name = record.Group.Name,
        MemberIds = [.. record.Group.MemberIds],
        Style = record.Style,
    };
}
