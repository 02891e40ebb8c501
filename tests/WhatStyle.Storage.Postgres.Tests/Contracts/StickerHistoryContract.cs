using WhatStyle.Storage.Postgres.Tests.Support;
using WhatStyle.Tools.Stickers;

namespace WhatStyle.Storage.Postgres.Tests.Contracts;

/// <summary>What every <see cref="IStickerHistory"/> must do, whichever provider stores it.</summary>
public abstract class StickerHistoryContract(StoreHarness harness)
{
    private static readonly DateTimeOffset Start = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private IStickerHistory History => harness.Get<IStickerHistory>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Registration_ConfiguredProvider_ResolvesItsImplementation() =>
        Assert.StartsWith(harness.ImplementationPrefix, History.GetType().Name, StringComparison.Ordinal);

    [Fact]
    public async Task Recent_SeveralContacts_OnlyThatContactsNewestFirstUpToTheLimit()
    {
        var contact = "c-" + Guid.NewGuid().ToString("N");
        var other = "c-" + Guid.NewGuid().ToString("N");
        await History.RecordAsync(new StickerUse(contact, "wave", Start), Ct);
        await History.RecordAsync(new StickerUse(other, "heart", Start.AddMinutes(1)), Ct);
        await History.RecordAsync(new StickerUse(contact, "laugh", Start.AddMinutes(2)), Ct);
        await History.RecordAsync(new StickerUse(contact, "thumbs", Start.AddMinutes(3)), Ct);

        var recent = await History.RecentAsync(contact, 2, Ct);

        Assert.Equal([new StickerUse(contact, "thumbs", Start.AddMinutes(3)), new StickerUse(contact, "laugh", Start.AddMinutes(2))], recent);
    }

    [Fact]
    public async Task Recent_ClockSteppedBack_LastRecordedComesFirst()
    {
        var contact = "c-" + Guid.NewGuid().ToString("N");
        await History.RecordAsync(new StickerUse(contact, "before", Start.AddHours(1)), Ct);
        await History.RecordAsync(new StickerUse(contact, "after", Start), Ct);

        var recent = await History.RecentAsync(contact, 5, Ct);

        Assert.Equal(["after", "before"], recent.Select(u => u.StickerId));
    }

    [Fact]
    public async Task Recent_UnknownContact_IsEmpty() =>
        Assert.Empty(await History.RecentAsync("c-" + Guid.NewGuid().ToString("N"), 3, Ct));
}

public sealed class LiteDbStickerHistoryTests(LiteDbHarness harness) : StickerHistoryContract(harness), IClassFixture<LiteDbHarness>;

public sealed class PostgresStickerHistoryTests(PostgresHarness harness) : StickerHistoryContract(harness), IClassFixture<PostgresHarness>;
