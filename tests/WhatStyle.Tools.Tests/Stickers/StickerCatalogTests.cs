using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Stickers;
using static WhatStyle.Tools.Tests.Stickers.PackFolder;

namespace WhatStyle.Tools.Tests.Stickers;

public sealed class StickerCatalogTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void All_UserPackWithABadEntry_KeepsTheGoodOnesAndTheStarterPack()
    {
        var packs = _temp.Sub("packs");
        Create(
            Path.Combine(packs, "mixed"),
            "mixed",
            [Entry("ok", "ok.webp"), Entry("no-file", "gone.webp"), Entry("Bad Id", "ok.webp")],
            ("ok.webp", TestWebp.Create()));
        Directory.CreateDirectory(Path.Combine(packs, "no-manifest"));

        var catalog = StarterPack.Catalog(packs);

        Assert.NotNull(catalog.Find("mixed/ok"));
        Assert.Null(catalog.Find("mixed/no-file"));
        Assert.Single(catalog.All, s => s.Pack == "mixed");
        Assert.Contains(catalog.All, s => s.Pack == "starter");
    }

    [Fact]
    public void All_StarterFolderMissing_IsEmptyInsteadOfThrowing()
    {
        var options = new StickerOptions { StarterPackDirectory = Path.Combine(_temp.Path, "nowhere") };
        var catalog = new StickerCatalog(Options.Create(options), NullLogger<StickerCatalog>.Instance);

        Assert.Empty(catalog.All);
        Assert.Null(catalog.Find("hug-warm"));
    }

    [Fact]
    public void Find_StarterId_ReturnsTheStickerWithAnAbsolutePath()
    {
        var sticker = StarterPack.Catalog().Find("hug-warm");

        Assert.NotNull(sticker);
        Assert.Equal("🤗", sticker.Emoji);
        Assert.True(Path.IsPathFullyQualified(sticker.FilePath));
        Assert.True(File.Exists(sticker.FilePath));
    }

    public void Dispose() => _temp.Dispose();
}
