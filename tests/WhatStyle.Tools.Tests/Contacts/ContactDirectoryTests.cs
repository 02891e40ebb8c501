using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Storage.LiteDb;
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
    public async Task GetOrCreateAsync_NameWithInvisibleCharacters_IsStoredCleanAndFoundByTheCleanName()
    {
        var ct = TestContext.Current.CancellationToken;

        var mom = await _directory.GetOrCreateAsync("\u202EMom\u200B  👩\u200D👧\u2069", ct);
        var alias = await _directory.AddIdentityAsync(mom.Contact.Id, "\u2066Mama\u0007", ct);

        Assert.Equal("Mom 👩\u200D👧", mom.Contact.DisplayName);
        Assert.Equal(["Mama"], alias.Contact.Aliases);
        Assert.Equal(mom.Contact.Id, (await _directory.FindAsync("mom 👩\u200D👧", ct))!.Contact.Id);
        Assert.Equal("Mom 👩\u200D👧", Assert.Single(await _directory.ListAsync(cancellationToken: ct)).Contact.DisplayName);
    }

    [Fact]
    public async Task GetOrCreateAsync_NamesThatLookDifferent_StayDifferentPeople()
    {
        var ct = TestContext.Current.CancellationToken;
        var names = new[] { "Mom", "Mom 👩\u200D👧", "Mom 👩👧", "Ali", "علی", "فاطمه\u200Cزهرا", "Sara", "שרה" };

        var ids = new List<string>();
        foreach (var name in names)
        {
            ids.Add((await _directory.GetOrCreateAsync(name, ct)).Contact.Id);
        }

        Assert.Equal(names.Length, ids.Distinct().Count());
        Assert.Equal(names.Order(StringComparer.Ordinal), (await _directory.ListAsync(cancellationToken: ct)).Select(p => p.Contact.DisplayName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task StoredNameFromBeforeTheRule_IsShownNormalisedWithoutRewritingIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = _services.GetRequiredService<ILiteDatabase>();
        database.GetCollection<ContactDocument>(LiteContactRepository.Contacts).Insert(
        [
            new ContactDocument { Id = "ct_spoof", DisplayName = "\u202EMom\u0007", Aliases = ["\u200B", "Ma\u200Bma"], PhoneNumbers = ["+491701111111"], Keys = ["tel:+491701111111"] },
            new ContactDocument { Id = "ct_blank", DisplayName = "\u3164\u200B", PhoneNumbers = ["+491702222222"], Keys = ["tel:+491702222222"] },
        ]);
        var keys = database.GetCollection<KeyDocument>(LiteContactRepository.Keys);
        keys.Insert(new KeyDocument { Id = "tel:+491701111111", OwnerId = "ct_spoof" });
        keys.Insert(new KeyDocument { Id = "tel:+491702222222", OwnerId = "ct_blank" });

        var spoof = await _directory.FindAsync("+491701111111", ct);
        var blank = await _directory.FindAsync("+491702222222", ct);

        Assert.Equal("Mom", spoof!.Contact.DisplayName);
        Assert.Equal(["Mama"], spoof.Contact.Aliases);
        Assert.Equal("+491702222222", blank!.Contact.DisplayName); // What a contact without a name shows: its number.
        Assert.Equal(["+491702222222", "Mom"], (await _directory.ListAsync(cancellationToken: ct)).Select(p => p.Contact.DisplayName));
        Assert.Equal("\u202EMom\u0007", database.GetCollection<ContactDocument>(LiteContactRepository.Contacts).FindById("ct_spoof").DisplayName);
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
