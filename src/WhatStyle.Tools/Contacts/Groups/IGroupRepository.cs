namespace WhatStyle.Tools.Contacts.Groups;

/// <summary>Storage of groups and the name keys that resolve to them. Each method is atomic.</summary>
public interface IGroupRepository
{
    Task<GroupRecord?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<GroupRecord?> FindByKeyAsync(string key, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<GroupRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The groups <paramref name="contactId"/> is a member of, found through an index on the members (not a scan).</summary>
    Task<IReadOnlyList<GroupRecord>> ListByMemberAsync(string contactId, CancellationToken cancellationToken = default);

    /// <summary>Atomically returns the group owning <paramref name="key"/>, or stores <paramref name="candidate"/> under it.</summary>
    Task<GroupRecord> GetOrAddAsync(GroupRecord candidate, string key, CancellationToken cancellationToken = default);

    /// <summary>Atomic read-modify-write; null when the group does not exist.</summary>
    Task<GroupRecord?> UpdateAsync(string id, Func<GroupRecord, GroupRecord> update, CancellationToken cancellationToken = default);
}
