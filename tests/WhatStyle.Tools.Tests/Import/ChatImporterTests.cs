using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Import;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tests.Support;

namespace WhatStyle.Tools.Tests.Import;

public sealed class ChatImporterTests : IDisposable
{
    private readonly TempDataDirectory _data = new();
    private readonly ServiceProvider _services;
    private readonly IChatImporter _importer;
    private readonly IContactDirectory _contacts;

    public ChatImporterTests()
    {
        _services = _data.BuildServices();
        _importer = _services.GetRequiredService<IChatImporter>();
        _contacts = _services.GetRequiredService<IContactDirectory>();
    }

    [Fact]
    public async Task ImportAsync_SameFileTwice_AddsNothingTheSecondTime()
    {
        var ct = TestContext.Current.CancellationToken;
        var request = new ImportRequest(Export("scenario_dad_android_en-GB.txt"), "Sam") { Relationship = Relationship.Parent };

        var first = await _importer.ImportAsync(request, cancellationToken: ct);
        var second = await _importer.ImportAsync(request, cancellationToken: ct);

        Assert.Equal(20, first.Messages);
        Assert.Equal(20, first.NewMessages);
        Assert.Equal(10, first.OwnerMessages);
        Assert.Equal(1, first.SystemLines);
        Assert.Equal(["Dad"], first.Contacts);
        Assert.Equal(0, second.NewMessages);
        var dad = Assert.Single(await _contacts.ListAsync(cancellationToken: ct));
        Assert.Equal(10, dad.Style.MessageCount);
        Assert.Equal(Relationship.Parent, dad.Relationship);
        var context = await _services.GetRequiredService<IConversationMemory>().GetContextAsync(dad.Contact.Id, 100, ct);
        Assert.Equal(20, context.Recent.Count);
    }

    [Fact]
    public async Task ImportAsync_DadAndPartnerChats_GiveClearlyDifferentFingerprintsAndRetrieval()
    {
        var ct = TestContext.Current.CancellationToken;
        await _importer.ImportAsync(new ImportRequest(Export("scenario_dad_android_en-GB.txt"), "Sam") { Relationship = Relationship.Parent }, cancellationToken: ct);
        await _importer.ImportAsync(new ImportRequest(Export("scenario_partner_ios_en-US.txt"), "Sam") { Relationship = Relationship.Partner }, cancellationToken: ct);

        var dad = (await _contacts.FindAsync("dad", ct))!.Style;
        var alex = (await _contacts.FindAsync("alex", ct))!.Style;

        Assert.Equal(0, dad.EmojiRate);
        Assert.True(alex.EmojiRate > 1.5, $"partner emoji rate {alex.EmojiRate}");
        Assert.Contains("😘", alex.TopEmoji);
        Assert.True(dad.Formality - alex.Formality > 0.35, $"formality dad {dad.Formality} vs partner {alex.Formality}");
        Assert.True(dad.CapitalizedRate > 0.9 && alex.CapitalizedRate < 0.1);
        Assert.True(dad.PeriodRate > 0.8 && alex.PeriodRate < 0.1);
        Assert.True(dad.MeanLength > 1.5 * alex.MeanLength, $"lengths dad {dad.MeanLength} vs partner {alex.MeanLength}");
        Assert.Equal("en", dad.Languages.OrderByDescending(l => l.Value).First().Key);
        Assert.NotNull(dad.TypicalResponseDelay);

        var memory = _services.GetRequiredService<IConversationMemory>();
        var dadId = (await _contacts.FindAsync("dad", ct))!.Contact.Id;
        var best = (await memory.FindSimilarExchangesAsync(dadId, "how are your studies going?", 3, ct))[0];
        Assert.StartsWith("My studies are going well, thank you.", best.Reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_GroupExport_CreatesGroupAndMemberContacts()
    {
        var ct = TestContext.Current.CancellationToken;

        var result = await _importer.ImportAsync(new ImportRequest(Export("android_en-GB_24h_with_media.txt"), "Alice Example"), cancellationToken: ct);

        Assert.Equal("Trip 2024", result.Group);
        Assert.Equal(["Bob Example"], result.Contacts);
        Assert.Equal(4, result.Media);
        var group = await _services.GetRequiredService<IGroupDirectory>().FindAsync("trip 2024", ct);
        Assert.NotNull(group);
        var bob = await _contacts.FindAsync("Bob Example", ct);
        Assert.Equal([bob!.Contact.Id], group.Group.MemberIds);
        Assert.Equal(Relationship.Other, Assert.Single(group.RelationshipMix).Key);
    }

    [Fact]
    public async Task ImportAsync_ThreeAuthors_IsAGroupWithTwoMembers()
    {
        var ct = TestContext.Current.CancellationToken;

        var result = await _importer.ImportAsync(new ImportRequest(Export("android_en-US_12h_without_media.txt"), "Alice Example") { Group = "Museum trip" }, cancellationToken: ct);

        Assert.Equal("Museum trip", result.Group);
        Assert.Equal(2, result.Contacts.Count);
        Assert.Contains("+15550100", result.Contacts);
        Assert.Equal(1, result.Deleted);
        Assert.Equal(1, result.Edited);
    }

    [Fact]
    public async Task ImportAsync_ContactOption_StoresUnderThatContactAndRemembersTheExportName()
    {
        var ct = TestContext.Current.CancellationToken;

        await _importer.ImportAsync(new ImportRequest(Export("android_de-DE_24h_without_media.txt"), "Alice Example") { Contact = "Bobby" }, cancellationToken: ct);

        var bobby = await _contacts.FindAsync("Bob Example", ct);
        Assert.Equal("Bobby", bobby?.Contact.DisplayName);
        Assert.Single(await _contacts.ListAsync(cancellationToken: ct));
    }

    [Fact]
    public async Task ImportAsync_NamesWithInvisibleCharacters_BecomeCleanContactsAndGroup()
    {
        var ct = TestContext.Current.CancellationToken;
        var export = Path.Combine(_data.Path, "spoofed.txt");
        await File.WriteAllLinesAsync(export,
        [
            "01/03/2021, 10:00 - Alice created group \"\u202ETrip\u200B 2024\"",
            "01/03/2021, 10:01 - Alice: hi all",
            "01/03/2021, 10:02 - \u2066Bob\u2069 Example\u200B: hello",
            "01/03/2021, 10:03 - Carol\u0007: hey",
        ], ct);

        var result = await _importer.ImportAsync(new ImportRequest(export, "Alice"), cancellationToken: ct);

        Assert.Equal("Trip 2024", result.Group);
        Assert.Equal(["Bob Example", "Carol"], result.Contacts.Order(StringComparer.Ordinal));
        Assert.Equal(["Bob Example", "Carol"], (await _contacts.ListAsync(cancellationToken: ct)).Select(p => p.Contact.DisplayName));
        Assert.Equal("Trip 2024", Assert.Single(await _services.GetRequiredService<IGroupDirectory>().ListAsync(ct)).Group.Name);
    }

    [Fact]
    public async Task ImportAsync_OwnerNotAnAuthor_ThrowsAndStoresNothing()
    {
        var ct = TestContext.Current.CancellationToken;

        var ex = await Assert.ThrowsAsync<ImportException>(() => _importer.ImportAsync(new ImportRequest(Export("android_de-DE_24h_without_media.txt"), "Zed"), cancellationToken: ct));

        Assert.Contains("Alice Example", ex.Message, StringComparison.Ordinal);
        Assert.Empty(await _contacts.ListAsync(cancellationToken: ct));
    }

    [Fact]
    public async Task ImportAsync_MissingFile_ThrowsImportException()
    {
        await Assert.ThrowsAsync<ImportException>(() => _importer.ImportAsync(new ImportRequest(Path.Combine(_data.Path, "nope.txt"), "Me"), cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ImportAsync_ReportsProgressUpToTotal()
    {
        var progress = new List<ImportProgress>();

        await _importer.ImportAsync(new ImportRequest(Export("ios_en-US_12h_without_media.txt"), "Alice Example"), new SyncProgress(progress.Add), TestContext.Current.CancellationToken);

        Assert.Equal(new ImportProgress(6, 6), progress[^1]);
    }

    private static string Export(string fileName) => Path.Combine(AppContext.BaseDirectory, "Import", "Exports", fileName);

    private sealed class SyncProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }

    public void Dispose()
    {
        _services.Dispose();
        _data.Dispose();
    }
}
