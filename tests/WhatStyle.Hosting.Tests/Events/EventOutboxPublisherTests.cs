using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using WhatStyle.Hosting.Events;
using WhatStyle.Tools.Events;
using WhatStyle.Tools.Storage.LiteDb;

namespace WhatStyle.Hosting.Tests.Events;

public sealed class EventOutboxPublisherTests : IDisposable
{
    private readonly LiteDatabase _database = new(new MemoryStream());
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 3, 0, 0, TimeSpan.Zero));
    private readonly LiteEventOutbox _outbox;
    private readonly FlakyBus _bus = new();
    private readonly EventOutboxPublisher _publisher;

    public EventOutboxPublisherTests()
    {
        _outbox = new LiteEventOutbox("test.db", () => _database);
        _publisher = new EventOutboxPublisher(
            [_outbox], _bus, _time,
            new StaticOptions(new EventPublisherOptions { RetryBaseDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(4) }),
            NullLogger<EventOutboxPublisher>.Instance);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DrainOnceAsync_BrokerUp_PublishesInOrderAndEmptiesTheOutbox()
    {
        var recorded = Enumerable.Range(0, 3).Select(_ => Event()).ToList();
        recorded.ForEach(_outbox.Append);

        Assert.Equal(3, await _publisher.DrainOnceAsync(Ct));

        Assert.Equal(recorded.Select(e => e.Id), _bus.Published.Select(e => e.Id));
        Assert.Equal(0, await _outbox.CountAsync(Ct));
    }

    [Fact]
    public async Task DrainOnceAsync_BrokerDown_KeepsEveryEventAndRetriesWithBackoff()
    {
        var recorded = Enumerable.Range(0, 3).Select(_ => Event()).ToList();
        recorded.ForEach(_outbox.Append);
        _bus.Down = true;

        Assert.Equal(0, await _publisher.DrainOnceAsync(Ct));
        Assert.Equal(0, await _publisher.DrainOnceAsync(Ct)); // not due yet: no second try within the backoff
        Assert.Equal(1, _bus.Tries);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(0, await _publisher.DrainOnceAsync(Ct));
        Assert.Equal(2, _bus.Tries);
        Assert.Equal(3, await _outbox.CountAsync(Ct));

        _bus.Down = false;
        _time.Advance(TimeSpan.FromSeconds(2)); // the second failure doubled the wait
        Assert.Equal(3, await _publisher.DrainOnceAsync(Ct));
        Assert.Equal(recorded.Select(e => e.Id), _bus.Published.Select(e => e.Id));
        Assert.Equal(0, await _outbox.CountAsync(Ct));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 4)]
    [InlineData(30, 4)]
    public void Backoff_DoublesUpToTheCap(int failures, int seconds) =>
        Assert.Equal(
            TimeSpan.FromSeconds(seconds),
            EventOutboxPublisher.Backoff(failures, new EventPublisherOptions { RetryBaseDelay = TimeSpan.FromSeconds(1), MaxRetryDelay = TimeSpan.FromSeconds(4) }));

    public void Dispose() => _database.Dispose();

    private OutboxEvent Event() => OutboxEvent.Create(EventTypes.ProfileUpdated, "test", new ProfileUpdatedData("c1"), _time.GetUtcNow());

    [Fact]
    public async Task StopAsync_AfterTheLastPass_ReleasesEveryOutbox()
    {
        var shared = new ReleaseRecordingOutbox();
        using var publisher = new EventOutboxPublisher(
            [_outbox, shared], _bus, TimeProvider.System, new StaticOptions(new EventPublisherOptions()), NullLogger<EventOutboxPublisher>.Instance);
        await publisher.StartAsync(Ct);

        await publisher.StopAsync(Ct);

        Assert.Equal(1, shared.Released);
    }

    /// <summary>A shared outbox with nothing in it, counting how often it is handed over.</summary>
    private sealed class ReleaseRecordingOutbox : IEventOutbox
    {
        public int Released { get; private set; }

        public string Name => "shared";

        public Task<IReadOnlyList<PendingEvent>> PendingAsync(int limit, DateTimeOffset now, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<PendingEvent>>([]);

        public Task MarkPublishedAsync(string id, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task PostponeAsync(string id, DateTimeOffset retryAt, string error, CancellationToken cancellationToken = default) => Task.CompletedTask;

        public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);

        public Task ReleaseAsync(CancellationToken cancellationToken = default)
        {
            Released++;
            return Task.CompletedTask;
        }
    }

    private sealed class FlakyBus : IEventBus
    {
        public bool Down { get; set; }

        public int Tries { get; private set; }

        public List<OutboxEvent> Published { get; } = [];

        public Task PublishAsync(OutboxEvent outboxEvent, CancellationToken cancellationToken)
        {
            Tries++;
            if (Down)
            {
                throw new InvalidOperationException("broker unreachable");
            }

            Published.Add(outboxEvent);
            return Task.CompletedTask;
        }
    }

    private sealed class StaticOptions(EventPublisherOptions value) : IOptionsMonitor<EventPublisherOptions>
    {
        public EventPublisherOptions CurrentValue => value;

        public EventPublisherOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<EventPublisherOptions, string?> listener) => null;
    }
}
