namespace WhatStyle.Tools.Contacts.Groups;

/// <summary>Finds and creates group chats, and keeps their members.</summary>
public interface IGroupDirectory
{
    /// <summary>By id or name (case and accents ignored); null when unknown.</summary>
    Task<GroupProfile?> FindAsync(string nameOrId, CancellationToken cancellationToken = default);

    /// <summary>The group with that name, created when missing.</summary>
    Task<GroupProfile> GetOrCreateAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Adds member contacts (already members are ignored).</summary>
    Task<GroupProfile> AddMembersAsync(string groupId, IEnumerable<string> contactIds, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<GroupProfile>> ListAsync(CancellationToken cancellationToken = default);
}
