using WhatStyle.Storage.Postgres.Tests.Support;
using WhatStyle.Tools.Takeovers;

namespace WhatStyle.Storage.Postgres.Tests.Contracts;

/// <summary>What every <see cref="ITakeovers"/> must do, whichever provider stores it.</summary>
public abstract class TakeoversContract(StoreHarness harness)
{
    private ITakeovers Takeovers => harness.Get<ITakeovers>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Registration_ConfiguredProvider_ResolvesItsImplementation() =>
        Assert.StartsWith(harness.ImplementationPrefix, Takeovers.GetType().Name, StringComparison.Ordinal);

    [Fact]
    public async Task TakeOver_Twice_KeepsTheFirstTime()
    {
        var contact = "c-" + Guid.NewGuid().ToString("N");
        var first = await Takeovers.TakeOverAsync(contact, Ct);
        // The clock moves on, so a store that overwrote the time would answer differently.
        await Task.Delay(20, Ct);

        var again = await Takeovers.TakeOverAsync(contact, Ct);

        Assert.Equal(first, again);
        Assert.Equal(first, await Takeovers.FindAsync(contact, Ct));
        Assert.Contains(first, await Takeovers.ListAsync(Ct));
    }

    [Fact]
    public async Task HandBack_TakenOverChat_RemovesItOnce()
    {
        var contact = "c-" + Guid.NewGuid().ToString("N");
        var other = "c-" + Guid.NewGuid().ToString("N");
        await Takeovers.TakeOverAsync(contact, Ct);
        await Takeovers.TakeOverAsync(other, Ct);

        Assert.True(await Takeovers.HandBackAsync(contact, Ct));
        Assert.False(await Takeovers.HandBackAsync(contact, Ct));
        Assert.Null(await Takeovers.FindAsync(contact, Ct));
        var listed = (await Takeovers.ListAsync(Ct)).Select(t => t.ContactId).ToList();
        Assert.DoesNotContain(contact, listed);
        Assert.Contains(other, listed);
    }

    [Fact]
    public async Task TakeOver_ManyCallersAtOnce_AllSeeOneTime()
    {
        var contact = "c-" + Guid.NewGuid().ToString("N");

        var takeovers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Takeovers.TakeOverAsync(contact, Ct), Ct)));

        Assert.Single(takeovers.Distinct());
        Assert.Single(await Takeovers.ListAsync(Ct), t => t.ContactId == contact);
    }

    [Fact]
    public async Task Find_NeverTakenOver_IsNull() =>
        Assert.Null(await Takeovers.FindAsync("c-" + Guid.NewGuid().ToString("N"), Ct));
}

public sealed class LiteDbTakeoversTests(LiteDbHarness harness) : TakeoversContract(harness), IClassFixture<LiteDbHarness>;

public sealed class PostgresTakeoversTests(PostgresHarness harness) : TakeoversContract(harness), IClassFixture<PostgresHarness>;
