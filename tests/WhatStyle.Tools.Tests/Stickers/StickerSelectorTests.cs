using LiteDB;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Tone;
using static WhatStyle.Tools.Tests.Stickers.FakeStickerCatalog;

namespace WhatStyle.Tools.Tests.Stickers;

public sealed class StickerSelectorTests : IDisposable
{
    private static readonly Sticker Hug = Make("hug", [Emotion.Sadness, Emotion.Fear, Emotion.Love], [StickerMoments.Hug, StickerMoments.Comfort], Close, 0.7);
    private static readonly Sticker Tea = Make("tea", [Emotion.Sadness, Emotion.Fear], [StickerMoments.Comfort], intensity: 0.3);
    private static readonly Sticker Laugh = Make("laugh", [Emotion.Joy], [StickerMoments.Laughter], intensity: 0.8);
    private static readonly Sticker Grin = Make("grin", [Emotion.Joy], [StickerMoments.Laughter], intensity: 0.4);
    private static readonly Sticker Heart = Make("heart", [Emotion.Love, Emotion.Joy], [StickerMoments.Love], Close, 0.6);
    private static readonly Sticker Kiss = Make("kiss", [Emotion.Love], [StickerMoments.Love, StickerMoments.Romance], [Relationship.Partner], 0.8, "😘");
    private static readonly Sticker Clover = Make("clover", [Emotion.Fear], [StickerMoments.GoodLuck]);
    private static readonly Sticker Moon = Make("moon", [Emotion.Neutral, Emotion.Joy], [StickerMoments.GoodNight], intensity: 0.3);
    private static readonly Sticker Sorry = Make("sorry", [Emotion.Anger], [StickerMoments.Sorry]);
    private static readonly Sticker MissYou = Make("miss-you", [Emotion.Sadness, Emotion.Love], [StickerMoments.MissingYou], Close);

    private readonly LiteDatabase _database = new(new MemoryStream());
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task SelectAsync_SadBrother_PicksSupportiveHug()
    {
        var selector = Selector(Hug, Tea, Laugh, Heart, Kiss);

        var sticker = await selector.SelectAsync(new StickerRequest(Emotion.Sadness, Relationship.Sibling, 0.8, "brother"), Ct);

        Assert.Equal("hug", sticker?.Id);
    }

    [Theory]
    [InlineData(Emotion.Sadness)]
    [InlineData(Emotion.Fear)]
    public async Task SelectAsync_SadOrAfraid_NeverGetsANonSupportiveSticker(Emotion emotion)
    {
        // Laughter and love also list sadness/fear here, as a careless owner's pack might; they must still lose.
        var joke = Make("joke", [emotion, Emotion.Joy], [StickerMoments.Laughter], intensity: 0.8);
        var love = Make("love", [emotion, Emotion.Love], [StickerMoments.Love], intensity: 0.8);
        var selector = Selector(joke, love);

        Assert.Null(await selector.SelectAsync(new StickerRequest(emotion, Relationship.Friend, 0.8), Ct));
    }

    [Fact]
    public async Task SelectAsync_Afraid_MayGetGoodLuck()
    {
        var selector = Selector(Clover, Laugh);

        var sticker = await selector.SelectAsync(new StickerRequest(Emotion.Fear, Relationship.Colleague, 0.5), Ct);

        Assert.Equal("clover", sticker?.Id);
    }

    [Theory]
    [InlineData(Relationship.Parent)]
    [InlineData(Relationship.Colleague)]
    [InlineData(Relationship.Manager)]
    [InlineData(Relationship.Client)]
    [InlineData(Relationship.Other)]
    [InlineData(null)]
    public async Task SelectAsync_RomanticSticker_NeverGoesToAnyoneButAPartner(Relationship? relationship)
    {
        // Even a sticker whose manifest wrongly lists everyone stays with partners, by its moment or by its emoji.
        var taggedKiss = Kiss with { Id = "tagged-kiss", Relationships = Everyone };
        var lips = Make("lips", [Emotion.Love], [StickerMoments.Love], Everyone, 0.9, "💋");
        var selector = Selector(taggedKiss, lips);

        Assert.Null(await selector.SelectAsync(new StickerRequest(Emotion.Love, relationship, 0.9), Ct));
    }

    [Fact]
    public async Task SelectAsync_Partner_MayGetTheRomanticSticker()
    {
        var selector = Selector(Kiss, Heart);

        var sticker = await selector.SelectAsync(new StickerRequest(Emotion.Love, Relationship.Partner, 0.8), Ct);

        Assert.Equal("kiss", sticker?.Id);
    }

    [Fact]
    public async Task SelectAsync_UnknownRelationship_GetsOnlyStickersSafeForAnyone()
    {
        var selector = Selector(Hug, Tea);

        var sticker = await selector.SelectAsync(new StickerRequest(Emotion.Sadness, Relationship: null, Intensity: 0.7), Ct);

        Assert.Equal("tea", sticker?.Id);
    }

    [Fact]
    public async Task SelectAsync_AfterSendingOne_NeverRepeatsTheLastSticker()
    {
        var selector = Selector(Laugh, Grin);
        var request = new StickerRequest(Emotion.Joy, Relationship.Friend, 0.8, "sam");

        var first = await selector.SelectAsync(request, Ct);
        await selector.RecordSentAsync("sam", first!.Id, Ct);
        var second = await selector.SelectAsync(request, Ct);

        Assert.Equal("laugh", first.Id);
        Assert.Equal("grin", second?.Id);
    }

    [Fact]
    public async Task SelectAsync_OnlyCandidateWasSentLast_ReturnsNull()
    {
        var selector = Selector(Laugh);
        await selector.RecordSentAsync("sam", "laugh", Ct);

        Assert.Null(await selector.SelectAsync(new StickerRequest(Emotion.Joy, Relationship.Friend, ContactId: "sam"), Ct));
    }

    [Fact]
    public async Task SelectAsync_LastStickerOfAnotherContact_IsStillAllowed()
    {
        var selector = Selector(Laugh);
        await selector.RecordSentAsync("alex", "laugh", Ct);

        Assert.Equal("laugh", (await selector.SelectAsync(new StickerRequest(Emotion.Joy, Relationship.Friend, ContactId: "sam"), Ct))?.Id);
    }

    [Fact]
    public async Task SelectAsync_OwnerHabitWithContact_OutweighsASlightlyCloserIntensity()
    {
        var selector = Selector(Laugh, Grin);
        var request = new StickerRequest(Emotion.Joy, Relationship.Friend, 0.7, "sam");
        Assert.Equal("laugh", (await selector.SelectAsync(request, Ct))?.Id);

        // The owner keeps sending "grin" to Sam; something else in between so it is not the last one.
        await selector.RecordSentAsync("sam", "grin", Ct);
        await selector.RecordSentAsync("sam", "grin", Ct);
        await selector.RecordSentAsync("sam", "grin", Ct);
        await selector.RecordSentAsync("sam", "moon", Ct);

        Assert.Equal("grin", (await selector.SelectAsync(request, Ct))?.Id);
        Assert.Equal("laugh", (await selector.SelectAsync(request with { ContactId = "alex" }, Ct))?.Id);
    }

    [Fact]
    public async Task SelectAsync_MomentHabit_PrefersTheMomentsUsedWithThisContact()
    {
        var loveJoy = Make("a-heart", [Emotion.Joy], [StickerMoments.Love], intensity: 0.6);

        // Sent often, but never a candidate for joy itself: only its moment (laughter) can carry over.
        var oldLaugh = Make("old-laugh", [Emotion.Neutral], [StickerMoments.Laughter]);
        var selector = Selector(loveJoy, Laugh, oldLaugh);
        var request = new StickerRequest(Emotion.Joy, Relationship.Friend, 0.6, "sam");
        Assert.Equal("a-heart", (await selector.SelectAsync(request, Ct))?.Id);

        await selector.RecordSentAsync("sam", "old-laugh", Ct);
        await selector.RecordSentAsync("sam", "old-laugh", Ct);

        Assert.Equal("laugh", (await selector.SelectAsync(request, Ct))?.Id);
    }

    [Fact]
    public async Task SelectAsync_NothingFits_ReturnsNull()
    {
        var selector = Selector(Laugh, Heart);

        Assert.Null(await selector.SelectAsync(new StickerRequest(Emotion.Disgust, Relationship.Friend), Ct));
    }

    [Fact]
    public async Task SelectAsync_RequestedMomentMissing_ReturnsNull()
    {
        var selector = Selector(Laugh, Grin);

        Assert.Null(await selector.SelectAsync(new StickerRequest(Emotion.Joy, Relationship.Friend, Moment: StickerMoments.Congratulations), Ct));
    }

    [Fact]
    public async Task SelectAsync_GoodNight_OnlyWhenAskedFor()
    {
        var selector = Selector(Moon);

        Assert.Null(await selector.SelectAsync(new StickerRequest(Emotion.Joy, Relationship.Friend), Ct));
        Assert.Equal("moon", (await selector.SelectAsync(new StickerRequest(Emotion.Joy, Relationship.Friend, Moment: "Good-Night"), Ct))?.Id);
    }

    [Fact]
    public async Task SelectAsync_SadAndMissingYouAsked_MayGetMissingYou()
    {
        var selector = Selector(MissYou);

        Assert.Null(await selector.SelectAsync(new StickerRequest(Emotion.Sadness, Relationship.Partner), Ct));
        Assert.Equal("miss-you", (await selector.SelectAsync(new StickerRequest(Emotion.Sadness, Relationship.Partner, Moment: StickerMoments.MissingYou), Ct))?.Id);
    }

    [Fact]
    public async Task SelectAsync_Angry_NeverGetsLaughter()
    {
        var angryJoke = Make("angry-joke", [Emotion.Anger], [StickerMoments.Laughter]);
        var selector = Selector(angryJoke, Sorry);

        Assert.Equal("sorry", (await selector.SelectAsync(new StickerRequest(Emotion.Anger, Relationship.Friend), Ct))?.Id);
    }

    [Fact]
    public async Task SelectAsync_Intensity_PrefersTheClosestSticker()
    {
        var selector = Selector(Laugh, Grin);

        Assert.Equal("grin", (await selector.SelectAsync(new StickerRequest(Emotion.Joy, Relationship.Friend, 0.3), Ct))?.Id);
        Assert.Equal("laugh", (await selector.SelectAsync(new StickerRequest(Emotion.Joy, Relationship.Friend, 0.9), Ct))?.Id);
    }

    [Fact]
    public async Task SelectAsync_SameHistory_IsDeterministic()
    {
        var tied = Enumerable.Range(0, 6).Select(i => Make($"tie-{5 - i}", [Emotion.Joy], [StickerMoments.Laughter])).ToArray();
        var picks = new HashSet<string?>();
        for (var run = 0; run < 5; run++)
        {
            picks.Add((await Selector(tied).SelectAsync(new StickerRequest(Emotion.Joy, Relationship.Friend), Ct))?.Id);
        }

        Assert.Equal(["tie-0"], picks);
    }

    [Fact]
    public async Task SelectAsync_IntensityOutOfRange_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            Selector(Laugh).SelectAsync(new StickerRequest(Emotion.Joy, Intensity: 1.5), Ct));
    }

    [Fact]
    public async Task RecordSentAsync_StoresTheInjectedTime()
    {
        var history = new LiteDbStickerHistory(_database);
        var selector = Selector(Laugh);
        _time.Advance(TimeSpan.FromMinutes(5));

        await selector.RecordSentAsync("sam", "laugh", Ct);

        var use = Assert.Single(await history.RecentAsync("sam", 10, Ct));
        Assert.Equal(_time.GetUtcNow(), use.SentAt);
    }

    public void Dispose() => _database.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private StickerSelector Selector(params Sticker[] stickers) =>
        new(new FakeStickerCatalog(stickers), new LiteDbStickerHistory(_database), _time, Options.Create(new StickerOptions()));
}
