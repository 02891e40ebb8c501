using WhatStyle.Tools.Contacts.Style;
using WhatStyle.Tools.Memory;

namespace WhatStyle.Tools.Contacts.Groups;

/// <summary>Groups over an <see cref="IGroupRepository"/>; the relationship mix is read from the members' current settings.</summary>
internal sealed class GroupDirectory(IGroupRepository groups, IContactRepository contacts) : IGroupDirectory
{
    public async Task<GroupProfile?> FindAsync(string nameOrId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrId);
        var record = nameOrId.StartsWith(ConversationKeys.GroupIdPrefix, StringComparison.Ordinal)
            ? await groups.GetAsync(nameOrId, cancellationToken)
            : null;
        record ??= await groups.FindByKeyAsync(ContactIdentity.NameKey(nameOrId).Key, cancellationToken);
        return record is null ? null : await ToProfileAsync(record, cancellationToken);
    }

    public async Task<GroupProfile> GetOrCreateAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var key = ContactIdentity.NameKey(name);
        var candidate = new GroupRecord(new Group(ConversationKeys.GroupIdPrefix + Guid.NewGuid().ToString("N")[..12], key.Value, []), new StyleAccumulator());
        var record = await groups.GetOrAddAsync(candidate, key.Key, cancellationToken);
        return await ToProfileAsync(record, cancellationToken);
    }

    public async Task<GroupProfile> AddMembersAsync(string groupId, IEnumerable<string> contactIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contactIds);
        var ids = contactIds.ToList();
        var record = await groups.UpdateAsync(
            groupId,
            r => r with { Group = r.Group with { MemberIds = [.. r.Group.MemberIds.Union(ids, StringComparer.Ordinal)] } },
            cancellationToken) ?? throw new KeyNotFoundException($"No group with id '{groupId}'.");
        return await ToProfileAsync(record, cancellationToken);
    }

    public async Task<IReadOnlyList<GroupProfile>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await groups.ListAsync(cancellationToken);
        var profiles = new List<GroupProfile>(all.Count);
        foreach (var record in all.OrderBy(r => r.Group.Name, StringComparer.OrdinalIgnoreCase))
        {
            profiles.Add(await ToProfileAsync(record, cancellationToken));
        }

        return profiles;
    }

    private async Task<GroupProfile> ToProfileAsync(GroupRecord record, CancellationToken cancellationToken)
    {
        var mix = new Dictionary<Relationship, int>();
        foreach (var memberId in record.Group.MemberIds)
        {
            var member = await contacts.GetAsync(memberId, cancellationToken);
            var relationship = member?.Settings.Relationship ?? Relationship.Other;
            mix[relationship] = mix.GetValueOrDefault(relationship) + 1;
        }

        return new GroupProfile(record.Group, StyleLearner.Describe(record.Style), mix);
    }
}
