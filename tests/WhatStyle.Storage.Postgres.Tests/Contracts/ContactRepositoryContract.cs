using WhatStyle.Storage.Postgres.Tests.Support;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Style;

namespace WhatStyle.Storage.Postgres.Tests.Contracts;

/// <summary>What every <see cref="IContactRepository"/> must do, whichever provider stores it.</summary>
public abstract class ContactRepositoryContract(StoreHarness harness)
{
    private IContactRepository Contacts => harness.Get<IContactRepository>();

    [Fact]
    public void Registration_ConfiguredProvider_ResolvesItsImplementation() =>
        Assert.StartsWith(harness.ImplementationPrefix, Contacts.GetType().Name, StringComparison.Ordinal);

    [Fact]
    public async Task GetOrAdd_NewKeys_StoresTheCandidateUnderEveryKey()
    {
        var candidate = NewContact("Ana");
        var keys = Keys();

        var stored = await Contacts.GetOrAddAsync(candidate, keys, TestContext.Current.CancellationToken);

        Assert.Equal(candidate.Contact.Id, stored.Contact.Id);
        foreach (var key in keys)
        {
            Assert.Equal(candidate.Contact.Id, (await Contacts.FindByKeyAsync(key, TestContext.Current.CancellationToken))?.Contact.Id);
        }
    }

    [Fact]
    public async Task GetOrAdd_OneKeyAlreadyOwned_ReturnsTheOwnerAndStoresNothing()
    {
        var keys = Keys();
        var owner = await Contacts.GetOrAddAsync(NewContact("Ben"), keys, TestContext.Current.CancellationToken);
        var other = NewContact("Ben again");

        var found = await Contacts.GetOrAddAsync(other, ["name:" + Guid.NewGuid().ToString("N"), keys[1]], TestContext.Current.CancellationToken);

        Assert.Equal(owner.Contact.Id, found.Contact.Id);
        Assert.Null(await Contacts.GetAsync(other.Contact.Id, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GetOrAdd_ManyCallersWithTheSameKey_StoreOneContact()
    {
        var key = Keys()[0];
        var candidates = Enumerable.Range(0, 8).Select(i => NewContact($"Racer {i}")).ToList();

        var results = await Task.WhenAll(candidates.Select(c => Task.Run(() => Contacts.GetOrAddAsync(c, [key], TestContext.Current.CancellationToken))));

        Assert.Single(results.Select(r => r.Contact.Id).Distinct());
        var stored = await Contacts.ListAsync(TestContext.Current.CancellationToken);
        Assert.Single(stored, s => candidates.Any(c => c.Contact.Id == s.Contact.Id));
    }

    [Fact]
    public async Task Update_SettingsAndStyle_RoundTrip()
    {
        var contact = await Contacts.GetOrAddAsync(NewContact("Cleo"), Keys(), TestContext.Current.CancellationToken);
        var style = new StyleAccumulator { Count = 3, Weight = 2.5, EmojiSum = 1.25, ReferenceTicks = 638_000_000_000_000_000 };
        style.LengthHistogram[1] = 0.75;
        style.Emoji.Add(new WeightedTerm { Term = "😂", Weight = 1.5 });
        style.Openers.Add(new WeightedTerm { Term = "hey", Weight = 0.5 });

        var updated = await Contacts.UpdateAsync(contact.Contact.Id, c => c with
        {
            Contact = c.Contact with { DisplayName = "Cléo", Aliases = ["Clé"] },
            Settings = new ContactSettings { Relationship = Relationship.Sibling, Emoji = EmojiPolicy.Heavy, ReplyMode = ReplyMode.Draft, Nickname = "C" },
            Style = style,
        }, TestContext.Current.CancellationToken);
        var read = await Contacts.GetAsync(contact.Contact.Id, TestContext.Current.CancellationToken);

        Assert.NotNull(updated);
        Assert.NotNull(read);
        Assert.Equal("Cléo", read.Contact.DisplayName);
        Assert.Equal(["Clé"], read.Contact.Aliases);
        Assert.Equal(updated.Settings, read.Settings);
        Assert.Equal(3, read.Style.Count);
        Assert.Equal(0.75, read.Style.LengthHistogram[1]);
        Assert.Equal(("😂", 1.5), (read.Style.Emoji[0].Term, read.Style.Emoji[0].Weight));
        Assert.Equal("hey", read.Style.Openers[0].Term);
        Assert.Equal(style.ReferenceTicks, read.Style.ReferenceTicks);
    }

    [Fact]
    public async Task Update_UnknownId_ReturnsNull() =>
        Assert.Null(await Contacts.UpdateAsync("missing-" + Guid.NewGuid().ToString("N"), c => c, TestContext.Current.CancellationToken));

    [Fact]
    public async Task AddKeys_NewKeys_ResolveToTheContactWithTheUpdateApplied()
    {
        var contact = await Contacts.GetOrAddAsync(NewContact("Dev"), Keys(), TestContext.Current.CancellationToken);
        var newKey = "phone:+4917" + Random.Shared.Next(10_000_000, 99_999_999);

        var updated = await Contacts.AddKeysAsync(contact.Contact.Id, [newKey], c => c with { Contact = c.Contact with { PhoneNumbers = [newKey[6..]] } }, TestContext.Current.CancellationToken);

        Assert.Equal([newKey[6..]], updated.Contact.PhoneNumbers);
        Assert.Equal(contact.Contact.Id, (await Contacts.FindByKeyAsync(newKey, TestContext.Current.CancellationToken))?.Contact.Id);
    }

    [Fact]
    public async Task AddKeys_KeyOfAnotherContact_ThrowsAndChangesNothing()
    {
        var firstKeys = Keys();
        var first = await Contacts.GetOrAddAsync(NewContact("Eve"), firstKeys, TestContext.Current.CancellationToken);
        var second = await Contacts.GetOrAddAsync(NewContact("Finn"), Keys(), TestContext.Current.CancellationToken);

        var conflict = await Assert.ThrowsAsync<IdentityConflictException>(() =>
            Contacts.AddKeysAsync(second.Contact.Id, [firstKeys[0]], c => c with { Contact = c.Contact with { DisplayName = "changed" } }, TestContext.Current.CancellationToken));

        Assert.Contains("Eve", conflict.Message, StringComparison.Ordinal);
        Assert.Equal(first.Contact.Id, (await Contacts.FindByKeyAsync(firstKeys[0], TestContext.Current.CancellationToken))?.Contact.Id);
        Assert.Equal("Finn", (await Contacts.GetAsync(second.Contact.Id, TestContext.Current.CancellationToken))?.Contact.DisplayName);
    }

    [Fact]
    public async Task AddKeys_UnknownContact_ThrowsKeyNotFound() =>
        await Assert.ThrowsAsync<KeyNotFoundException>(() =>
            Contacts.AddKeysAsync("missing-" + Guid.NewGuid().ToString("N"), Keys(), c => c, TestContext.Current.CancellationToken));

    [Fact]
    public async Task List_StoredContacts_AreAllListed()
    {
        var added = new[] { NewContact("Gil"), NewContact("Hana") };
        foreach (var contact in added)
        {
            await Contacts.GetOrAddAsync(contact, Keys(), TestContext.Current.CancellationToken);
        }

        var listed = (await Contacts.ListAsync(TestContext.Current.CancellationToken)).Select(c => c.Contact.Id).ToHashSet();

        // Other tests of the class share the store: the added ones are among those listed.
        Assert.Superset(added.Select(c => c.Contact.Id).ToHashSet(), listed);
    }

    private static ContactRecord NewContact(string name) =>
        new(new Contact("c-" + Guid.NewGuid().ToString("N"), name, [], [], []), new ContactSettings(), new StyleAccumulator());

    private static string[] Keys() => ["name:" + Guid.NewGuid().ToString("N"), "wa:" + Guid.NewGuid().ToString("N")];
}

public sealed class LiteDbContactRepositoryTests(LiteDbHarness harness) : ContactRepositoryContract(harness), IClassFixture<LiteDbHarness>;

public sealed class PostgresContactRepositoryTests(PostgresHarness harness) : ContactRepositoryContract(harness), IClassFixture<PostgresHarness>;
