using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Contacts.Groups;

public sealed class GroupDirectoryTests : IDisposable
{
    private readonly TempDataDirectory _data = new();
    private readonly ServiceProvider _services;
    private readonly IGroupDirectory _groups;

    public GroupDirectoryTests()
    {
        _services = _data.BuildServices();
        _groups = _services.GetRequiredService<IGroupDirectory>();
    }

    [Fact]
    public async Task GetOrCreateAsync_NameWithInvisibleCharacters_IsStoredCleanAndFoundByTheCleanName()
    {
        var ct = TestContext.Current.CancellationToken;

        var trip = await _groups.GetOrCreateAsync("\u202ETrip\u200B\t2024 🏖\u2069", ct);

        Assert.Equal("Trip 2024 🏖", trip.Group.Name);
        Assert.Equal(trip.Group.Id, (await _groups.FindAsync("trip 2024 🏖", ct))!.Group.Id);
        Assert.Equal("Trip 2024 🏖", Assert.Single(await _groups.ListAsync(ct)).Group.Name);
    }

    [Fact]
    public async Task GetOrCreateAsync_NothingVisible_Throws()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _groups.GetOrCreateAsync("\u200B\u202E", TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        _services.Dispose();
        _data.Dispose();
    }
}
