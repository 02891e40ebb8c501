using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Stickers;
using static WhatStyle.Tools.Tests.Stickers.PackFolder;

namespace WhatStyle.Tools.Tests.Stickers;

public sealed class StickerPackInstallerTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly string _userPacks;
    private readonly StickerCatalog _catalog;
    private readonly StickerPackInstaller _installer;

    public StickerPackInstallerTests()
    {
        _userPacks = Path.Combine(_temp.Path, "data", "stickers");
        _catalog = StarterPack.Catalog(_userPacks);
        _installer = new StickerPackInstaller(_catalog);
    }

    [Fact]
    public async Task AddAsync_GoodAndBadFiles_AddsTheGoodAndRefusesEachBadWithAReason()
    {
        var source = Create(
            Path.Combine(_temp.Path, "cats"),
            "Cats!",
            [
                Entry("cat-laugh", "laugh.webp"),
                Entry("cat-small", "small.webp"),
                Entry("cat-big", "big.webp"),
                Entry("cat-fake", "fake.webp"),
                Entry("cat-missing", "missing.webp"),
                Entry("cat-weird", "laugh.webp", emotions: ["giddy"]),
            ],
            ("laugh.webp", TestWebp.Create()),
            ("small.webp", TestWebp.Create(100, 100)),
            ("big.webp", TestWebp.CreateTooBig()),
            ("fake.webp", "not an image"u8.ToArray()),
            ("stray.webp", TestWebp.Create()));

        var report = await _installer.AddAsync(source, cancellationToken: Ct);

        Assert.Equal("cats", report.Pack);
        var added = Assert.Single(report.Added);
        Assert.Equal("cats/cat-laugh", added.Id);
        Assert.True(File.Exists(Path.Combine(_userPacks, "cats", "laugh.webp")));
        Assert.False(File.Exists(Path.Combine(_userPacks, "cats", "small.webp")));

        var reasons = report.Refused.ToDictionary(r => r.Name, r => r.Reason);
        Assert.Equal("is 100×100; stickers must be exactly 512×512", reasons["small.webp"]);
        Assert.Contains("at most 100 KB", reasons["big.webp"], StringComparison.Ordinal);
        Assert.Equal("is not a WebP file (no RIFF/WEBP header)", reasons["fake.webp"]);
        Assert.Equal("does not exist", reasons["missing.webp"]);
        Assert.StartsWith("has unknown emotion \"giddy\"", reasons["laugh.webp"], StringComparison.Ordinal);
        Assert.Equal("is not listed in manifest.json", reasons["stray.webp"]);
    }

    [Fact]
    public async Task AddAsync_GoodPack_AppearsInTheCatalogue()
    {
        var before = _catalog.All.Count;
        var source = Create(Path.Combine(_temp.Path, "mine"), null, [Entry("wave", "wave.webp", moments: ["agreement"])], ("wave.webp", TestWebp.Create()));

        await _installer.AddAsync(source, cancellationToken: Ct);

        Assert.Equal(before + 1, _catalog.All.Count);
        var sticker = _catalog.Find("mine/wave");
        Assert.NotNull(sticker);
        Assert.Equal("mine", sticker.Pack);
        Assert.StartsWith(_userPacks, sticker.FilePath, StringComparison.Ordinal);
        Assert.Equal(Enum.GetValues<Relationship>(), sticker.Relationships);

        // A fresh catalogue (the next process) finds it too.
        Assert.NotNull(StarterPack.Catalog(_userPacks).Find("mine/wave"));
    }

    [Fact]
    public async Task AddAsync_EveryFileBad_WritesNothing()
    {
        var source = Create(Path.Combine(_temp.Path, "bad"), "bad", [Entry("tiny", "tiny.webp")], ("tiny.webp", TestWebp.Create(64, 64)));

        var report = await _installer.AddAsync(source, cancellationToken: Ct);

        Assert.Empty(report.Added);
        Assert.Null(report.Directory);
        Assert.False(Directory.Exists(Path.Combine(_userPacks, "bad")));
    }

    [Fact]
    public async Task AddAsync_RomanticStickerListingAParent_IsRefused()
    {
        var source = Create(
            Path.Combine(_temp.Path, "love"),
            "love",
            [Entry("smooch", "smooch.webp", "😘", ["love"], ["love"], ["partner", "parent"]), Entry("kiss", "kiss.webp", "💋", ["love"], ["love"])],
            ("smooch.webp", TestWebp.Create()),
            ("kiss.webp", TestWebp.Create()));

        var report = await _installer.AddAsync(source, cancellationToken: Ct);

        Assert.Equal("is romantic and may only list partner, not parent", Assert.Single(report.Refused).Reason);
        Assert.Equal([Relationship.Partner], Assert.Single(report.Added).Relationships);
    }

    [Fact]
    public async Task AddAsync_SamePackTwice_RefusesUnlessReplace()
    {
        var source = Create(Path.Combine(_temp.Path, "twice"), "twice", [Entry("one", "one.webp")], ("one.webp", TestWebp.Create()));
        await _installer.AddAsync(source, cancellationToken: Ct);

        await Assert.ThrowsAsync<InvalidDataException>(() => _installer.AddAsync(source, cancellationToken: Ct));
        var replaced = await _installer.AddAsync(source, replace: true, cancellationToken: Ct);

        Assert.Single(replaced.Added);
    }

    [Fact]
    public async Task AddAsync_NamedStarter_IsRefused()
    {
        var source = Create(Path.Combine(_temp.Path, "x"), "starter", [Entry("one", "one.webp")], ("one.webp", TestWebp.Create()));

        await Assert.ThrowsAsync<InvalidDataException>(() => _installer.AddAsync(source, cancellationToken: Ct));
    }

    [Fact]
    public async Task AddAsync_FileOutsideTheFolder_IsRefused()
    {
        var source = Create(Path.Combine(_temp.Path, "escape"), "escape", [Entry("up", "../up.webp")]);
        File.WriteAllBytes(Path.Combine(_temp.Path, "up.webp"), TestWebp.Create());

        var report = await _installer.AddAsync(source, cancellationToken: Ct);

        Assert.Empty(report.Added);
        Assert.Contains("no sub-folders", Assert.Single(report.Refused).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAsync_NoManifest_ThrowsWithTheFolder()
    {
        var empty = _temp.Sub("empty");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => _installer.AddAsync(empty, cancellationToken: Ct));

        Assert.Contains("manifest.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddAsync_BrokenJson_ThrowsInvalidData()
    {
        var folder = _temp.Sub("broken");
        File.WriteAllText(Path.Combine(folder, "manifest.json"), "{ \"stickers\": [ ");

        await Assert.ThrowsAsync<InvalidDataException>(() => _installer.AddAsync(folder, cancellationToken: Ct));
    }

    public void Dispose() => _temp.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
