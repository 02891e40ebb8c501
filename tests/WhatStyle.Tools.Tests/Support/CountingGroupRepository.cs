using WhatStyle.Tools.Contacts.Groups;

namespace WhatStyle.Tools.Tests.Support;

internal sealed class CountingGroupRepository(IGroupRepository inner, RepositoryCallCounts counts) : IGroupRepository
{
    public Task<GroupRecord?> GetAsync(string id, CancellationToken cancellationToken = default) => inner.GetAsync(id, cancellationToken);

    public Task<GroupRecord?> FindByKeyAsync(string key, CancellationToken cancellationToken = default) => inner.FindByKeyAsync(key, cancellationToken);

    public Task<IReadOnlyList<GroupRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        counts.Count("Groups." + nameof(ListAsync));
        return inner.ListAsync(cancellationToken);
    }

    public Task<IReadOnlyList<GroupRecord>> ListByMemberAsync(string contactId, CancellationToken cancellationToken = default)
    {
        counts.Count("Groups." + nameof(ListByMemberAsync));
        return inner.ListByMemberAsync(contactId, cancellationToken);
    }

    public Task<GroupRecord> GetOrAddAsync(GroupRecord candidate, string key, CancellationToken cancellationToken = default) =>
        inner.GetOrAddAsync(candidate, key, cancellationToken);

    public Task<GroupRecord?> UpdateAsync(string id, Func<GroupRecord, GroupRecord> update, CancellationToken cancellationToken = default) =>
        inner.UpdateAsync(id, update, cancellationToken);
}
