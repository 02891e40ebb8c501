namespace WhatStyle.Tools.Contacts;

/// <summary>
/// Storage of contacts and of the identity keys that resolve to them (see <see cref="ContactIdentity"/>). Each
/// method is atomic, so a server database can replace LiteDB without changing callers.
/// </summary>
public interface IContactRepository
{
    Task<ContactRecord?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The contact that owns a normalised identity key, or null.</summary>
    Task<ContactRecord?> FindByKeyAsync(string key, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContactRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Atomically returns the contact owning any of <paramref name="keys"/>, or stores <paramref name="candidate"/> with them.</summary>
    Task<ContactRecord> GetOrAddAsync(ContactRecord candidate, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default);

    /// <summary>Atomic read-modify-write; null when the contact does not exist.</summary>
    Task<ContactRecord?> UpdateAsync(string id, Func<ContactRecord, ContactRecord> update, CancellationToken cancellationToken = default);

    /// <summary>Adds identity keys to a contact (with <paramref name="update"/> applied in the same step).</summary>
    /// <exception cref="IdentityConflictException">A key already belongs to another contact.</exception>
    Task<ContactRecord> AddKeysAsync(string id, IReadOnlyCollection<string> keys, Func<ContactRecord, ContactRecord> update, CancellationToken cancellationToken = default);
}
