using Microsoft.Extensions.Options;
using WhatStyle.Storage.Postgres.Stores;
using WhatStyle.Storage.Postgres.Tests.Support;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Style;
using WhatStyle.Tools.Events;

namespace WhatStyle.Storage.Postgres.Tests.Contracts;

/// <summary>Several processes drain one PostgreSQL outbox: one at a time, so the bus gets the events in order.</summary>
public sealed class PostgresEventOutboxLeaseTests(PostgresHarness harness) : IClassFixture<PostgresHarness>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pending_AnotherProcessHoldsTheLease_GetsNothingWhileTheHolderKeepsDraining()
    {
        var database = harness.Get<PostgresDatabase>();
        await harness.Get<IContactRepository>().GetOrAddAsync(
            new ContactRecord(new Contact("c-" + Guid.NewGuid().ToString("N"), "Ana", [], [], []), new ContactSettings(), new StyleAccumulator()),
            ["wa:" + Guid.NewGuid().ToString("N")], Ct);
        var first = Drainer(database);
        var second = Drainer(database);

        var held = await first.PendingAsync(100, DateTimeOffset.MaxValue, Ct);
        var refused = await second.PendingAsync(100, DateTimeOffset.MaxValue, Ct);
        var renewed = await first.PendingAsync(100, DateTimeOffset.MaxValue, Ct);

        Assert.NotEmpty(held);
        Assert.Empty(refused);
        Assert.Equal(held, renewed);
        Assert.Equal(held.Count, await second.CountAsync(Ct));
        await first.ReleaseAsync(Ct); // The class's tests share one database: the next test's drainers start free.
    }

    [Fact]
    public async Task Release_HolderStopsGracefully_AnotherProcessDrainsAtItsNextPoll()
    {
        var database = harness.Get<PostgresDatabase>();
        await harness.Get<IContactRepository>().GetOrAddAsync(
            new ContactRecord(new Contact("c-" + Guid.NewGuid().ToString("N"), "Ana", [], [], []), new ContactSettings(), new StyleAccumulator()),
            ["wa:" + Guid.NewGuid().ToString("N")], Ct);
        var stopping = Drainer(database);
        var next = Drainer(database);
        var bystander = Drainer(database);
        Assert.NotEmpty(await stopping.PendingAsync(100, DateTimeOffset.MaxValue, Ct));

        await bystander.ReleaseAsync(Ct); // Not its lease: nothing changes.
        Assert.Empty(await next.PendingAsync(100, DateTimeOffset.MaxValue, Ct));
        await stopping.ReleaseAsync(Ct);

        Assert.NotEmpty(await next.PendingAsync(100, DateTimeOffset.MaxValue, Ct));
        Assert.Empty(await stopping.PendingAsync(100, DateTimeOffset.MaxValue, Ct));
        await next.ReleaseAsync(Ct);
    }

    private static PostgresEventOutbox Drainer(PostgresDatabase database) =>
        new(database, Options.Create(new EventsOptions { Provider = EventsOptions.Nats }), TimeProvider.System);
}
