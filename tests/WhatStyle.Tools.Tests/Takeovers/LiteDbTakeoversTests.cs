using LiteDB;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.Tools.Takeovers;

namespace WhatStyle.Tools.Tests.Takeovers;

public sealed class LiteDbTakeoversTests : IDisposable
{
    private readonly LiteDatabase _database = new(new MemoryStream());
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TakeOverTwice_KeepsTheFirstTime_HandBackEndsIt()
    {
        var takeovers = new LiteDbTakeovers(_database, _time);

        var first = await takeovers.TakeOverAsync("ct_1", Ct);
        _time.Advance(TimeSpan.FromHours(1));
        var again = await takeovers.TakeOverAsync("ct_1", Ct);
        var listed = await takeovers.ListAsync(Ct);
        var handedBack = await takeovers.HandBackAsync("ct_1", Ct);
        var twice = await takeovers.HandBackAsync("ct_1", Ct);

        Assert.Equal(first, again);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 20, 0, 0, TimeSpan.Zero), first.Since);
        Assert.Equal([first], listed);
        Assert.Equal((true, false), (handedBack, twice));
        Assert.Null(await takeovers.FindAsync("ct_1", Ct));
    }

    public void Dispose() => _database.Dispose();
}
