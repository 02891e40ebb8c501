using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Style;
using WhatStyle.Tools.Storage.LiteDb;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Storage.LiteDb;

public sealed class LiteContactRepositoryTests : IDisposable
{
    private readonly TempDataDirectory _data = new();
    private readonly ServiceProvider _services;

    public LiteContactRepositoryTests()
    {
        _services = _data.BuildServices(toneAnalyzer: new FakeToneAnalyzer());
    }

    [Fact]
    public async Task GetAsync_ContactStoredBeforeAddressWasLearned_LoadsAndLearnsOn()
    {
        var ct = TestContext.Current.CancellationToken;
        var repository = _services.GetRequiredService<IContactRepository>();
        var learner = _services.GetRequiredService<StyleLearner>();
        var old = new StyleAccumulator();
        learner.Observe(old, "Bonjour Papa, à dimanche.", DateTimeOffset.UnixEpoch);
        InsertAsOlderVersion(new ContactDocument { Id = "ct_dad", DisplayName = "Dad", Relationship = Relationship.Parent, Style = old });

        var record = await repository.GetAsync("ct_dad", ct);

        Assert.NotNull(record);
        Assert.Null(record.Settings.Address);
        Assert.Empty(record.Style.FamiliarAddress);
        Assert.Empty(record.Style.PoliteAddress);
        var profile = new ContactProfile(record.Contact, record.Settings, StyleLearner.Describe(record.Style));
        Assert.Equal(1, profile.Style.MessageCount);
        Assert.Equal(AddressForm.Familiar, profile.Address); // a parent, by default

        learner.Observe(record.Style, "Tu viens à quelle heure ?", DateTimeOffset.UnixEpoch.AddDays(1));
        Assert.Equal(AddressForm.Familiar, StyleLearner.Describe(record.Style).LearnedAddress("fr"));
    }

    [Fact]
    public async Task UpdateAsync_AddressSetting_RoundTrips()
    {
        var ct = TestContext.Current.CancellationToken;
        var directory = _services.GetRequiredService<IContactDirectory>();
        var boss = await directory.GetOrCreateAsync("Madame Laurent", ct);

        await directory.UpdateSettingsAsync(boss.Contact.Id, new ContactSettings { Address = AddressForm.Polite }, ct);
        var again = await directory.UpdateSettingsAsync(boss.Contact.Id, new ContactSettings { Nickname = "Claire" }, ct);

        Assert.Equal(AddressForm.Polite, again.Settings.Address);
        Assert.Equal(AddressForm.Polite, (await _services.GetRequiredService<IContactRepository>().GetAsync(boss.Contact.Id, ct))!.Settings.Address);
    }

    /// <summary>Writes the document without the fields an older WhatStyle did not know.</summary>
    private void InsertAsOlderVersion(ContactDocument document)
    {
        var db = _services.GetRequiredService<ILiteDatabase>();
        var bson = db.Mapper.ToDocument(document);
        bson.Remove(nameof(ContactDocument.Address));
        bson[nameof(ContactDocument.Style)].AsDocument.Remove(nameof(StyleAccumulator.FamiliarAddress));
        bson[nameof(ContactDocument.Style)].AsDocument.Remove(nameof(StyleAccumulator.PoliteAddress));
        db.GetCollection(LiteContactRepository.Contacts).Insert(bson);
    }

    public void Dispose()
    {
        _services.Dispose();
        _data.Dispose();
    }
}
