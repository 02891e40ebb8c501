using WhatStyle.Tools.Contacts;

namespace WhatStyle.Tools.Tests.Support;

internal sealed class CountingContactRepository(IContactRepository inner, RepositoryCallCounts counts) : IContactRepository
{
    public Task<ContactRecord?> GetAsync(string id, CancellationToken cancellationToken = default) => inner.GetAsync(id, cancellationToken);

    public Task<ContactRecord?> FindByKeyAsync(string key, CancellationToken cancellationToken = default)
    {
        counts.Count("Contacts." + nameof(FindByKeyAsync));
        return inner.FindByKeyAsync(key, cancellationToken);
    }

    public Task<IReadOnlyList<ContactRecord>> ListAsync(CancellationToken cancellationToken = default) => inner.ListAsync(cancellationToken);

    public Task<ContactRecord> GetOrAddAsync(ContactRecord candidate, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
        inner.GetOrAddAsync(candidate, keys, cancellationToken);

    public Task<ContactRecord?> UpdateAsync(string id, Func<ContactRecord, ContactRecord> update, CancellationToken cancellationToken = default) =>
        inner.UpdateAsync(id, update, cancellationToken);

    public Task<ContactRecord> AddKeysAsync(string id, IReadOnlyCollection<string> keys, Func<ContactRecord, ContactRecord> update, CancellationToken cancellationToken = default) =>
        inner.AddKeysAsync(id, keys, update, cancellationToken);
}
