using System.Text;
using System.Text.Json;
using RabbitMQ.Client;
using WhatStyle.Hosting.Events;
using WhatStyle.Hosting.Tests.Support;
using WhatStyle.Tools.Events;

namespace WhatStyle.Hosting.Tests.Events;

/// <summary>Against the rabbitmq-server .ci/services/rabbitmq.sh starts; each test on an exchange and queue of its own.</summary>
public sealed class RabbitMqEventBusTests : IAsyncLifetime
{
    private readonly string _exchange = "whatstyle.test." + Guid.NewGuid().ToString("N");
    private string? _uri;

    private string Queue => _exchange;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_uri is null)
        {
            return;
        }

        await using var connection = await new ConnectionFactory { Uri = new Uri(_uri) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeleteAsync(Queue);
        await channel.ExchangeDeleteAsync(_exchange);
    }

    [Fact]
    public async Task PublishAsync_KeepsAPersistentMessageWithTheEventIdAsMessageIdInTheQueue()
    {
        _uri = TestServers.RabbitMq();
        await using var bus = new RabbitMqEventBus(_uri, _exchange, Queue);
        var sent = OutboxEvent.Create(EventTypes.MessageSent, "whatstyle/test", new MessageSentData(Guid.NewGuid().ToString("N"), "wamid.1", "4917012345", "text", 1), DateTimeOffset.UtcNow);

        await bus.PublishAsync(sent, Ct);

        var stored = await GetAsync();
        Assert.NotNull(stored);
        Assert.Equal(sent.Id, stored.BasicProperties.MessageId);
        Assert.Equal(DeliveryModes.Persistent, stored.BasicProperties.DeliveryMode);
        Assert.Equal((_exchange, EventTypes.MessageSent), (stored.Exchange, stored.RoutingKey));
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stored.Body.Span));
        Assert.Equal(sent.Id, json.RootElement.GetProperty("id").GetString());
        Assert.Equal("wamid.1", json.RootElement.GetProperty("data").GetProperty("wamid").GetString());
    }

    [Fact]
    public async Task PublishAsync_SameEventTwice_BothCarryItsIdForTheSubscriberToDropTheRepeat()
    {
        _uri = TestServers.RabbitMq();
        await using var bus = new RabbitMqEventBus(_uri, _exchange, Queue);
        var sent = OutboxEvent.Create(EventTypes.ProfileUpdated, "whatstyle/test", new ProfileUpdatedData("c-1"), DateTimeOffset.UtcNow);

        await bus.PublishAsync(sent, Ct);
        await bus.PublishAsync(sent, Ct);

        Assert.Equal(sent.Id, (await GetAsync())?.BasicProperties.MessageId);
        Assert.Equal(sent.Id, (await GetAsync())?.BasicProperties.MessageId);
        Assert.Null(await GetAsync());
    }

    [Fact]
    public async Task PublishAsync_QueueDeletedUnderIt_FailsSoTheEventStaysInItsOutbox()
    {
        _uri = TestServers.RabbitMq();
        await using var bus = new RabbitMqEventBus(_uri, _exchange, Queue);
        await bus.PublishAsync(OutboxEvent.Create(EventTypes.DraftCreated, "t", new { }, DateTimeOffset.UtcNow), Ct);
        await using (var connection = await new ConnectionFactory { Uri = new Uri(_uri) }.CreateConnectionAsync(Ct))
        await using (var channel = await connection.CreateChannelAsync(cancellationToken: Ct))
        {
            // Nothing routes the exchange's messages anywhere now: a publish that "succeeded" would lose the event.
            await channel.QueueDeleteAsync(Queue, cancellationToken: Ct);
        }

        var unrouted = OutboxEvent.Create(EventTypes.DraftCreated, "t", new { }, DateTimeOffset.UtcNow);
        var failure = await Record.ExceptionAsync(() => bus.PublishAsync(unrouted, Ct));

        // The bus declares its queue again only on a new connection, so this publish is returned unrouted.
        Assert.NotNull(failure);
        await bus.PublishAsync(unrouted, Ct);
        Assert.Equal(unrouted.Id, (await GetAsync())?.BasicProperties.MessageId);
    }

    [Fact]
    public async Task PublishAsync_NoServer_Throws()
    {
        // Nothing listens on port 1: the publisher must see a failure, so the event stays in its outbox.
        await using var bus = new RabbitMqEventBus("amqp://guest:secret-pw@127.0.0.1:1/", _exchange, Queue);

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => bus.PublishAsync(OutboxEvent.Create(EventTypes.DraftCreated, "t", new { }, DateTimeOffset.UtcNow), Ct));

        Assert.DoesNotContain("secret-pw", failure.Message, StringComparison.Ordinal);
    }

    private async Task<BasicGetResult?> GetAsync()
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(_uri!) }.CreateConnectionAsync(Ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Ct);
        return await channel.BasicGetAsync(Queue, autoAck: true, Ct);
    }
}
