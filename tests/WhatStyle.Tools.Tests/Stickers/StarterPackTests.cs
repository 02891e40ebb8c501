using SkiaSharp;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Stickers;

namespace WhatStyle.Tools.Tests.Stickers;

/// <summary>The shipped stickers meet WhatsApp's rules and cover the moments people send stickers for.</summary>
public sealed class StarterPackTests
{
    [Fact]
    public void Catalog_StarterPack_HasAtLeastFortyStickersWithUniqueIds()
    {
        var stickers = StarterPack.Catalog().All;

        Assert.True(stickers.Count >= 40, $"only {stickers.Count} starter stickers");
        Assert.Equal(stickers.Count, stickers.Select(s => s.Id).Distinct().Count());
        Assert.All(stickers, s => Assert.Equal("starter", s.Pack));
    }

    [Fact]
    public void Catalog_StarterPack_EveryFileIsA512WebpUnder100KbWithAlpha()
    {
        var stickers = StarterPack.Catalog().All;

        Assert.NotEmpty(stickers);
        Assert.All(stickers, s =>
        {
            Assert.True(new FileInfo(s.FilePath).Length <= 100 * 1024, $"{s.Id} is too big");
            Assert.Null(StickerFileCheck.Problem(s.FilePath));
        });
    }

    [Fact]
    public void Catalog_StarterPack_BackgroundIsReallyTransparent()
    {
        // The header says "alpha"; decoding proves the corners (outside the die-cut outline) are see-through.
        Assert.All(StarterPack.Catalog().All, s =>
        {
            using var bitmap = SKBitmap.Decode(s.FilePath);
            Assert.Equal(512, bitmap.Width);
            Assert.Equal(512, bitmap.Height);
            foreach (var (x, y) in new[] { (0, 0), (511, 0), (0, 511), (511, 511) })
            {
                Assert.Equal(0, bitmap.GetPixel(x, y).Alpha);
            }
        });
    }

    [Fact]
    public void Catalog_StarterPack_NoFileIsLeftOutOfTheManifest()
    {
        var listed = StarterPack.Catalog().All.Select(s => Path.GetFileName(s.FilePath)).ToHashSet();
        var onDisk = Directory.EnumerateFiles(StarterPack.Directory, "*.webp").Select(f => Path.GetFileName(f));

        Assert.All(onDisk, file => Assert.Contains(file, listed));
    }

    [Theory]
    [InlineData(StickerMoments.Comfort)]
    [InlineData(StickerMoments.Hug)]
    [InlineData(StickerMoments.Laughter)]
    [InlineData(StickerMoments.Love)]
    [InlineData(StickerMoments.Congratulations)]
    [InlineData(StickerMoments.Thanks)]
    [InlineData(StickerMoments.GoodLuck)]
    [InlineData(StickerMoments.GoodNight)]
    [InlineData(StickerMoments.Sorry)]
    [InlineData(StickerMoments.Excitement)]
    [InlineData(StickerMoments.Surprise)]
    [InlineData(StickerMoments.Agreement)]
    [InlineData(StickerMoments.MissingYou)]
    public void Catalog_StarterPack_CoversMoment(string moment)
    {
        Assert.Contains(StarterPack.Catalog().All, s => StickerRules.HasMoment(s, moment));
    }

    [Fact]
    public void Catalog_StarterPack_RomanticStickersListOnlyPartners()
    {
        var romantic = StarterPack.Catalog().All.Where(StickerRules.IsRomantic).ToList();

        Assert.NotEmpty(romantic);
        Assert.All(romantic, s => Assert.Equal([Relationship.Partner], s.Relationships));
    }

    [Fact]
    public void Catalog_StarterPack_EveryStickerHasWhatTheSelectorNeeds()
    {
        Assert.All(StarterPack.Catalog().All, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Emoji));
            Assert.False(string.IsNullOrWhiteSpace(s.Description));
            Assert.NotEmpty(s.Emotions);
            Assert.NotEmpty(s.Moments);
            Assert.NotEmpty(s.Relationships);
            Assert.InRange(s.Intensity, 0, 1);
        });
    }

    [Fact]
    public void Catalog_StarterPack_HasTheLicenceBesideTheFiles()
    {
        var licence = File.ReadAllText(Path.Combine(StarterPack.Directory, "LICENSE.md"));

        Assert.Contains("CC BY 4.0", licence, StringComparison.Ordinal);
        Assert.Contains("Twemoji", licence, StringComparison.Ordinal);
    }
}
