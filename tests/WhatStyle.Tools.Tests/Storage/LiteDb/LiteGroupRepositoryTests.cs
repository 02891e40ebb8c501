using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Contacts.Style;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Storage.LiteDb;

public sealed class LiteGroupRepositoryTests : IDisposable
{
    private readonly TempDataDirectory _data = new();
    private readonly ServiceProvider _services;
    private readonly IGroupRepository _groups;

    public LiteGroupRepositoryTests()
    {
        _services = _data.BuildServices(toneAnalyzer: new FakeToneAnalyzer());
        _groups = _services.GetRequiredService<IGroupRepository>();
    }

    [Fact]
    public async Task ListByMemberAsync_ReturnsOnlyTheGroupsWithThatMember()
    {
        var ct = TestContext.Current.CancellationToken;
        await AddAsync("gr_family", "family", ["ct_anna", "ct_ben"], ct);
        await AddAsync("gr_work", "work", ["ct_ben"], ct);
        await AddAsync("gr_book", "book club", ["ct_cleo", "ct_anna2"], ct);

        Assert.Equal(["gr_family"], (await _groups.ListByMemberAsync("ct_anna", ct)).Select(g => g.Group.Id));
        Assert.Equal(["gr_family", "gr_work"], (await _groups.ListByMemberAsync("ct_ben", ct)).Select(g => g.Group.Id).Order());
        Assert.Empty(await _groups.ListByMemberAsync("ct_nobody", ct));
    }

    [Fact]
    public void MemberQuery_UsesTheMembersIndex()
    {
        var db = _services.GetRequiredService<ILiteDatabase>();
        _ = _groups; // the repository creates the index

        var plan = db.Execute("EXPLAIN SELECT $ FROM groups WHERE $.MemberIds[*] ANY = @0", new BsonDocument { ["0"] = "ct_anna" }).Current;

        Assert.Equal("members", plan["index"]["name"].AsString);
    }

    private Task<GroupRecord> AddAsync(string id, string key, IReadOnlyList<string> members, CancellationToken ct) =>
        _groups.GetOrAddAsync(new GroupRecord(new Group(id, key, members), new StyleAccumulator()), key, ct);

    public void Dispose()
    {
        _services.Dispose();
        _data.Dispose();
    }
}
