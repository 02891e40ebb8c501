using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Contacts;

/// <summary>Contact lookups are cached per identity; each write forgets exactly what it made stale. Counted, never timed.</summary>
public sealed class ContactCacheTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 18, 0, 0, TimeSpan.Zero);
    private readonly TempDataDirectory _data = new();
    private readonly RepositoryCallCounts _counts = new();
    private readonly ServiceProvider _services;
    private readonly IContactDirectory _contacts;
    private readonly IConversationMemory _memory;

    public ContactCacheTests()
    {
        _services = _data.BuildServices(
            new Dictionary<string, string?> { ["Contacts:DefaultCountryCode"] = "49" }, new FakeToneAnalyzer(), _counts.Decorate);
        _contacts = _services.GetRequiredService<IContactDirectory>();
        _memory = _services.GetRequiredService<IConversationMemory>();
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Writes_ToOtherContacts_LeaveALookupCached()
    {
        var dad = await _contacts.GetOrCreateAsync("+49 170 1234567", Ct);
        await _contacts.FindAsync("491701234567", Ct);

        // A stream of new people, settings and learned styles, none of them Dad's.
        for (var i = 0; i < 5; i++)
        {
            var other = await _contacts.GetOrCreateAsync($"+49 171 00000{i}", Ct);
            await _contacts.UpdateSettingsAsync(other.Contact.Id, new ContactSettings { Nickname = $"n{i}" }, Ct);
            await _memory.RecordAsync(new ConversationMessage($"m{i}", other.Contact.Id, null, MessageDirection.Outgoing, "see you soon 😊", Start.AddMinutes(i)), Ct);
        }

        var lookups = _counts["Contacts.FindByKeyAsync"];
        var found = await _contacts.FindAsync("491701234567", Ct);

        Assert.Equal(dad.Contact.Id, found?.Contact.Id);
        Assert.Equal(lookups, _counts["Contacts.FindByKeyAsync"]);
    }

    [Fact]
    public async Task EveryWrite_IsSeenThroughEveryIdentityOfThatContact()
    {
        var dad = await _contacts.GetOrCreateAsync("Dad", Ct);
        await _contacts.AddIdentityAsync(dad.Contact.Id, "+49 170 1234567", Ct);
        await _contacts.AddIdentityAsync(dad.Contact.Id, "Papa", Ct);
        foreach (var name in new[] { "Dad", "Papa", "491701234567" })
        {
            Assert.NotNull(await _contacts.FindAsync(name, Ct)); // cached now
        }

        await _contacts.UpdateSettingsAsync(dad.Contact.Id, new ContactSettings { Nickname = "Pops" }, Ct);
        await _memory.RecordAsync(new ConversationMessage("o1", dad.Contact.Id, null, MessageDirection.Outgoing, "Good morning. How are you?", Start), Ct);

        foreach (var name in new[] { "Dad", "Papa", "491701234567" })
        {
            var profile = await _contacts.FindAsync(name, Ct);
            Assert.Equal("Pops", profile?.Settings.Nickname);
            Assert.Equal(1, profile?.Style.MessageCount);
        }
    }

    [Fact]
    public async Task ANameLookedUpBeforeItExisted_IsFoundOnceCreatedOrAdded()
    {
        Assert.Null(await _contacts.FindAsync("Maria", Ct));
        Assert.Null(await _contacts.FindAsync("+49 170 7654321", Ct));

        var maria = await _contacts.GetOrCreateAsync("Maria", Ct);
        await _contacts.AddIdentityAsync(maria.Contact.Id, "+49 170 7654321", Ct);

        Assert.Equal(maria.Contact.Id, (await _contacts.FindAsync("Maria", Ct))?.Contact.Id);
        Assert.Equal(maria.Contact.Id, (await _contacts.FindAsync("491707654321", Ct))?.Contact.Id);
    }

    public void Dispose()
    {
        _services.Dispose();
        _data.Dispose();
    }
}
