using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Contacts;

public sealed class ContactDirectoryTests : IDisposable
{
    private readonly TempDataDirectory _data = new();
    private readonly ServiceProvider _services;
    private readonly IContactDirectory _directory;

    public ContactDirectoryTests()
    {
        _services = _data.BuildServices(new Dictionary<string, string?> { ["Contacts:DefaultCountryCode"] = "49" });
        _directory = _services.GetRequiredService<IContactDirectory>();
    }

    [Fact]
    public async Task GetOrCreateAsync_SameNumberInManyFormats_CreatesOneContact()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = await _directory.GetOrCreateAsync("+49 170 1234567", ct);

        foreach (var spelling in new[] { "0049 170 1234567", "491701234567", "0170/1234567", "491701234567@s.whatsapp.net" })
        {
            var again = await _directory.GetOrCreateAsync(spelling, ct);
            Assert.Equal(first.Contact.Id, again.Contact.Id);
        }

        Assert.Single(await _directory.ListAsync(cancellationToken: ct));
        Assert.Equal(["+491701234567"], first.Contact.PhoneNumbers);
    }

    [Fact]
    public async Task AddIdentityAsync_AliasesAndNumber_AllResolveToOneContact()
    {
        var ct = TestContext.Current.CancellationToken;
        var dad = await _directory.GetOrCreateAsync("Dad", ct);
        await _directory.AddIdentityAsync(dad.Contact.Id, "Papa", ct);
        await _directory.AddIdentityAsync(dad.Contact.Id, "+49 170 1234567", ct);
        await _directory.AddIdentityAsync(dad.Contact.Id, "US.13491208655302741918", ct);

        foreach (var name in new[] { "dad", "DAD", "Papa", "papá", "491701234567", "us.13491208655302741918", dad.Contact.Id })
        {
            var found = await _directory.FindAsync(name, ct);
            Assert.NotNull(found);
            Assert.Equal(dad.Contact.Id, found.Contact.Id);
        }

        var profile = await _directory.FindAsync("Dad", ct);
        Assert.Equal(["Papa"], profile!.Contact.Aliases);
        Assert.Equal(["US.13491208655302741918"], profile.Contact.WhatsAppIds);
        Assert.Single(await _directory.ListAsync(cancellationToken: ct));
    }

    [Fact]
    public async Task AddIdentityAsync_KeyOwnedByAnotherContact_ThrowsConflict()
    {
        var ct = TestContext.Current.CancellationToken;
        var mum = await _directory.GetOrCreateAsync("Mum", ct);
        var dad = await _directory.GetOrCreateAsync("Dad", ct);

        var ex = await Assert.ThrowsAsync<IdentityConflictException>(() => _directory.AddIdentityAsync(dad.Contact.Id, "mum", ct));
        Assert.Contains("Mum", ex.Message, StringComparison.Ordinal);
        Assert.Equal(mum.Contact.Id, (await _directory.FindAsync("MUM", ct))!.Contact.Id);
    }

    [Fact]
    public async Task UpdateSettingsAsync_NullMembers_KeepEarlierSettings()
    {
        var ct = TestContext.Current.CancellationToken;
        var anna = await _directory.GetOrCreateAsync("Anna", ct);
        await _directory.UpdateSettingsAsync(anna.Contact.Id, new ContactSettings { Relationship = Relationship.Partner, Emoji = EmojiPolicy.Heavy }, ct);
        var updated = await _directory.UpdateSettingsAsync(anna.Contact.Id, new ContactSettings { Nickname = "babe" }, ct);

        Assert.Equal(Relationship.Partner, updated.Relationship);
        Assert.Equal(EmojiPolicy.Heavy, updated.EmojiPolicy);
        Assert.Equal("babe", updated.Settings.Nickname);
        Assert.Equal("babe", (await _directory.FindAsync("anna", ct))!.Settings.Nickname);
    }

    [Fact]
    public async Task ListAsync_Query_MatchesNameAliasAndDigits()
    {
        var ct = TestContext.Current.CancellationToken;
        var dad = await _directory.GetOrCreateAsync("Dad", ct);
        await _directory.AddIdentityAsync(dad.Contact.Id, "+49 170 1234567", ct);
        await _directory.GetOrCreateAsync("Zoë", ct);

        Assert.Equal("Zoë", Assert.Single(await _directory.ListAsync("zoe", ct)).Contact.DisplayName);
        Assert.Equal("Dad", Assert.Single(await _directory.ListAsync("1234567", ct)).Contact.DisplayName);
        Assert.Equal(2, (await _directory.ListAsync(null, ct)).Count);
    }

    [Fact]
    public async Task FindAsync_Unknown_ReturnsNull()
    {
        Assert.Null(await _directory.FindAsync("Nobody", TestContext.Current.CancellationToken));
    }

    public void Dispose()
    {
        _services.Dispose();
        _data.Dispose();
    }
}
