using LiteDB;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Tools.Tests.Stickers;

/// <summary>The selection rules hold over the real starter pack, for every emotion, relationship and intensity.</summary>
public sealed class StarterPackSelectionTests : IDisposable
{
    private static readonly double[] Intensities = [0, 0.3, 0.6, 0.9];
    private readonly LiteDatabase _database = new(new MemoryStream());

    [Fact]
    public async Task SelectAsync_SadBrotherFailedExam_GetsAHug()
    {
        var sticker = await Selector().SelectAsync(new StickerRequest(Emotion.Sadness, Relationship.Sibling, 0.8, "brother"), Ct);

        Assert.NotNull(sticker);
        Assert.True(StickerRules.HasMoment(sticker, StickerMoments.Hug), $"{sticker.Id} is not a hug");
    }

    [Fact]
    public async Task SelectAsync_EveryCombination_KeepsTheHardRules()
    {
        var selector = Selector();
        foreach (var emotion in Enum.GetValues<Emotion>())
        {
            foreach (var relationship in Enum.GetValues<Relationship>().Cast<Relationship?>().Append(null))
            {
                foreach (var intensity in Intensities)
                {
                    var sticker = await selector.SelectAsync(new StickerRequest(emotion, relationship, intensity), Ct);
                    if (sticker is null)
                    {
                        continue;
                    }

                    Assert.Contains(emotion, sticker.Emotions);
                    Assert.Contains(relationship ?? Relationship.Other, sticker.Relationships);
                    if (relationship != Relationship.Partner)
                    {
                        Assert.False(StickerRules.IsRomantic(sticker), $"{sticker.Id} went to {relationship}");
                    }

                    if (emotion is Emotion.Sadness)
                    {
                        Assert.True(StickerRules.IsSupportive(sticker), $"{sticker.Id} is not supportive");
                    }

                    if (emotion is Emotion.Fear)
                    {
                        Assert.True(
                            StickerRules.IsSupportive(sticker) || StickerRules.HasMoment(sticker, StickerMoments.GoodLuck),
                            $"{sticker.Id} is neither supportive nor good luck");
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(Relationship.Parent)]
    [InlineData(Relationship.Colleague)]
    [InlineData(Relationship.Manager)]
    [InlineData(Relationship.Client)]
    public async Task SelectAsync_SadToFormalRelationships_StillFindsSomethingKind(Relationship relationship)
    {
        var sticker = await Selector().SelectAsync(new StickerRequest(Emotion.Sadness, relationship, 0.6), Ct);

        Assert.NotNull(sticker);
        Assert.True(StickerRules.IsSupportive(sticker));
    }

    [Fact]
    public async Task SelectAsync_PartnerLoveWithRomanceMoment_GetsARomanticSticker()
    {
        var sticker = await Selector().SelectAsync(new StickerRequest(Emotion.Love, Relationship.Partner, 0.9, Moment: StickerMoments.Romance), Ct);

        Assert.NotNull(sticker);
        Assert.True(StickerRules.IsRomantic(sticker));
    }

    public void Dispose() => _database.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private StickerSelector Selector() =>
        new(StarterPack.Catalog(), new LiteDbStickerHistory(_database), new FakeTimeProvider(), Options.Create(new StickerOptions()));
}
