using LiteDB;
using WhatStyle.Tools.Stickers;

namespace WhatStyle.Tools.Tests.Stickers;

public sealed class LiteDbStickerHistoryTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task RecentAsync_ReturnsThisContactsStickersNewestFirst()
    {
        using var database = new LiteDatabase(new MemoryStream());
        var history = new LiteDbStickerHistory(database);
        await history.RecordAsync(new StickerUse("sam", "a", Noon), Ct);
        await history.RecordAsync(new StickerUse("alex", "x", Noon), Ct);
        await history.RecordAsync(new StickerUse("sam", "b", Noon.AddMinutes(1)), Ct);
        await history.RecordAsync(new StickerUse("sam", "c", Noon.AddMinutes(2)), Ct);

        var recent = await history.RecentAsync("sam", 2, Ct);

        Assert.Equal(["c", "b"], recent.Select(u => u.StickerId));
        Assert.All(recent, u => Assert.Equal("sam", u.ContactId));
        Assert.Equal(Noon.AddMinutes(2), recent[0].SentAt);
    }

    [Fact]
    public async Task RecentAsync_ClockSteppedBack_StillTrustsInsertionOrder()
    {
        using var database = new LiteDatabase(new MemoryStream());
        var history = new LiteDbStickerHistory(database);
        await history.RecordAsync(new StickerUse("sam", "first", Noon), Ct);
        await history.RecordAsync(new StickerUse("sam", "second", Noon.AddHours(-1)), Ct);

        Assert.Equal("second", (await history.RecentAsync("sam", 1, Ct))[0].StickerId);
    }

    [Fact]
    public async Task RecordAsync_SurvivesReopeningTheDatabaseFile()
    {
        var file = Path.Combine(_temp.Path, "whatstyle.db");
        using (var database = new LiteDatabase(file))
        {
            await new LiteDbStickerHistory(database).RecordAsync(new StickerUse("sam", "hug-warm", Noon), Ct);
        }

        using var reopened = new LiteDatabase(file);
        var use = Assert.Single(await new LiteDbStickerHistory(reopened).RecentAsync("sam", 10, Ct));

        Assert.Equal(new StickerUse("sam", "hug-warm", Noon), use);
    }

    [Fact]
    public async Task RecentAsync_UnknownContact_IsEmpty()
    {
        using var database = new LiteDatabase(new MemoryStream());

        Assert.Empty(await new LiteDbStickerHistory(database).RecentAsync("nobody", 10, Ct));
    }

    public void Dispose() => _temp.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
