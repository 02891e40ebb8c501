using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts.Groups;

namespace WhatStyle.Mcp.Tests.Support;

/// <summary>Counts writes (<see cref="IGroupRepository.UpdateAsync"/>) to the registered group repository it wraps.</summary>
internal sealed class CountingGroupWrites(IGroupRepository inner) : IGroupRepository
{
    private int _updates;

    public int Updates => Volatile.Read(ref _updates);

    /// <summary>Replaces the registered repository with a counting wrapper; <paramref name="created"/> receives it.</summary>
    public static Action<IServiceCollection> Decorate(Action<CountingGroupWrites> created) => services =>
    {
        var registered = services.Last(d => d.ServiceType == typeof(IGroupRepository));
        services.AddSingleton<IGroupRepository>(sp =>
        {
            var counting = new CountingGroupWrites((IGroupRepository)(registered.ImplementationFactory?.Invoke(sp)
                ?? registered.ImplementationInstance
                ?? ActivatorUtilities.CreateInstance(sp, registered.ImplementationType!)));
            created(counting);
            return counting;
        });
    };

    public Task<GroupRecord?> GetAsync(string id, CancellationToken cancellationToken = default) => inner.GetAsync(id, cancellationToken);

    public Task<GroupRecord?> FindByKeyAsync(string key, CancellationToken cancellationToken = default) => inner.FindByKeyAsync(key, cancellationToken);

    public Task<IReadOnlyList<GroupRecord>> ListAsync(CancellationToken cancellationToken = default) => inner.ListAsync(cancellationToken);

    public Task<IReadOnlyList<GroupRecord>> ListByMemberAsync(string contactId, CancellationToken cancellationToken = default) =>
        inner.ListByMemberAsync(contactId, cancellationToken);

    public Task<GroupRecord> GetOrAddAsync(GroupRecord candidate, string key, CancellationToken cancellationToken = default) =>
        inner.GetOrAddAsync(candidate, key, cancellationToken);

    public Task<GroupRecord?> UpdateAsync(string id, Func<GroupRecord, GroupRecord> update, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _updates);
        return inner.UpdateAsync(id, update, cancellationToken);
    }
}
