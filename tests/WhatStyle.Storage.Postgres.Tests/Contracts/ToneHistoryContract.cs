using WhatStyle.Storage.Postgres.Tests.Support;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Tone;

namespace WhatStyle.Storage.Postgres.Tests.Contracts;

/// <summary>What every <see cref="IToneHistory"/> must do, whichever provider stores it.</summary>
public abstract class ToneHistoryContract(StoreHarness harness)
{
    private IToneHistory History => harness.Get<IToneHistory>();

    [Fact]
    public void Registration_ConfiguredProvider_ResolvesItsImplementation() =>
        Assert.StartsWith(harness.ImplementationPrefix, History.GetType().Name, StringComparison.Ordinal);

    [Fact]
    public async Task Save_ThenGet_ReturnsOnlyStoredReadingsWithTheLastOfEachId()
    {
        var first = "m-" + Guid.NewGuid().ToString("N");
        var second = "m-" + Guid.NewGuid().ToString("N");
        await History.SaveAsync([new ToneReading(first, 0.5, Emotion.Joy)], TestContext.Current.CancellationToken);

        await History.SaveAsync(
            [new ToneReading(first, -0.25, Emotion.Sadness), new ToneReading(second, 0.1, Emotion.Neutral), new ToneReading(second, -0.875, Emotion.Anger)],
            TestContext.Current.CancellationToken);
        var read = await History.GetAsync([first, second, "m-unknown"], TestContext.Current.CancellationToken);

        Assert.Equal(2, read.Count);
        Assert.Equal(new ToneReading(first, -0.25, Emotion.Sadness), read[first]);
        Assert.Equal(new ToneReading(second, -0.875, Emotion.Anger), read[second]);
    }

    [Fact]
    public async Task Save_Nothing_StoresNothing()
    {
        await History.SaveAsync([], TestContext.Current.CancellationToken);

        Assert.Empty(await History.GetAsync(["m-" + Guid.NewGuid().ToString("N")], TestContext.Current.CancellationToken));
    }
}

public sealed class LiteDbToneHistoryTests(LiteDbHarness harness) : ToneHistoryContract(harness), IClassFixture<LiteDbHarness>;

public sealed class PostgresToneHistoryTests(PostgresHarness harness) : ToneHistoryContract(harness), IClassFixture<PostgresHarness>;
