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
