using WhatStyle.Storage.Postgres.Tests.Support;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Storage.Postgres.Tests.Contracts;

/// <summary>What every <see cref="IGroupRepository"/> must do, whichever provider stores it.</summary>
public abstract class GroupRepositoryContract(StoreHarness harness)
{
    private IGroupRepository Groups => harness.Get<IGroupRepository>();

    [Fact]
    public void Registration_ConfiguredProvider_ResolvesItsImplementation() =>
        Assert.StartsWith(harness.ImplementationPrefix, Groups.GetType().Name, StringComparison.Ordinal);

    [Fact]
    public async Task GetOrAdd_SameKeyTwice_ReturnsTheFirstGroup()
    {
        var key = "group:" + Guid.NewGuid().ToString("N");
        var first = await Groups.GetOrAddAsync(NewGroup("Family", "m1"), key, TestContext.Current.CancellationToken);

        var second = await Groups.GetOrAddAsync(NewGroup("Family (copy)", "m2"), key, TestContext.Current.CancellationToken);

        Assert.Equal(first.Group.Id, second.Group.Id);
        Assert.Equal("Family", (await Groups.FindByKeyAsync(key, TestContext.Current.CancellationToken))?.Group.Name);
    }

    [Fact]
    public async Task ListByMember_AfterMembersChange_FollowsTheMembers()
    {
        var leaving = "c-" + Guid.NewGuid().ToString("N");
        var joining = "c-" + Guid.NewGuid().ToString("N");
        var group = await Groups.GetOrAddAsync(NewGroup("Climbing", leaving), "group:" + Guid.NewGuid().ToString("N"), TestContext.Current.CancellationToken);
        Assert.Equal([group.Group.Id], (await Groups.ListByMemberAsync(leaving, TestContext.Current.CancellationToken)).Select(g => g.Group.Id));

        await Groups.UpdateAsync(group.Group.Id, g => g with { Group = g.Group with { MemberIds = [joining] } }, TestContext.Current.CancellationToken);

        Assert.Empty(await Groups.ListByMemberAsync(leaving, TestContext.Current.CancellationToken));
        Assert.Equal([group.Group.Id], (await Groups.ListByMemberAsync(joining, TestContext.Current.CancellationToken)).Select(g => g.Group.Id));
    }

    [Fact]
    public async Task Update_Style_RoundTripsAndKeepsTheId()
    {
        var group = await Groups.GetOrAddAsync(NewGroup("Work", "m"), "group:" + Guid.NewGuid().ToString("N"), TestContext.Current.CancellationToken);
        var style = new StyleAccumulator { Count = 7 };
        style.Closers.Add(new WeightedTerm { Term = "cheers", Weight = 2 });

        await Groups.UpdateAsync(group.Group.Id, g => g with { Group = g.Group with { Id = "ignored", Name = "Work!" }, Style = style }, TestContext.Current.CancellationToken);
        var read = await Groups.GetAsync(group.Group.Id, TestContext.Current.CancellationToken);

        Assert.NotNull(read);
        Assert.Equal("Work!", read.Group.Name);
        Assert.Equal(7, read.Style.Count);
        Assert.Equal("cheers", read.Style.Closers[0].Term);
        Assert.Null(await Groups.GetAsync("ignored", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Update_UnknownId_ReturnsNull() =>
        Assert.Null(await Groups.UpdateAsync("missing-" + Guid.NewGuid().ToString("N"), g => g, TestContext.Current.CancellationToken));

    [Fact]
    public async Task List_StoredGroups_AreAllListed()
    {
        var group = await Groups.GetOrAddAsync(NewGroup("Book club", "m"), "group:" + Guid.NewGuid().ToString("N"), TestContext.Current.CancellationToken);

        Assert.Contains(await Groups.ListAsync(TestContext.Current.CancellationToken), g => g.Group.Id == group.Group.Id);
    }

    private static GroupRecord NewGroup(string name, params string[] members) =>
        new(new Group("g-" + Guid.NewGuid().ToString("N"), name, members), new StyleAccumulator());
}

public sealed class LiteDbGroupRepositoryTests(LiteDbHarness harness) : GroupRepositoryContract(harness), IClassFixture<LiteDbHarness>;

public sealed class PostgresGroupRepositoryTests(PostgresHarness harness) : GroupRepositoryContract(harness), IClassFixture<PostgresHarness>;
