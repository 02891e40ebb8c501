using System.Text;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using WhatStyle.Tools.Events;

namespace WhatStyle.Hosting.Events;

/// <summary>
/// Events on RabbitMQ (<c>ConnectionStrings:RabbitMq</c>, an AMQP URI). Each event goes to the durable topic exchange
/// <c>whatstyle.events</c> with its type as the routing key, as a persistent message whose <c>message-id</c> is the event
/// id, on a channel with publisher confirms: <see cref="PublishAsync"/> returns only once the broker has confirmed it,
/// and throws when the broker refuses it, cannot route it, or does not answer. A durable queue <c>whatstyle.events</c>
/// bound to every type keeps the events while no subscriber is there, as NATS's stream does. RabbitMQ has no duplicate
/// window: an event published again after a crash arrives twice, and subscribers drop the repeat by its message-id.
/// </summary>
internal sealed class RabbitMqEventBus : IEventBus, IAsyncDisposable
{
    public const string DefaultExchange = "whatstyle.events";
    public const string DefaultQueue = "whatstyle.events";

    /// <summary>How long one publish may wait for its confirm before it counts as failed (the event stays in its outbox).</summary>
    private static readonly TimeSpan ConfirmTimeout = TimeSpan.FromSeconds(10);

    private readonly ConnectionFactory _factory;
    private readonly string _exchange;
    private readonly string _queue;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;
    private IChannel? _channel;

    /// <param name="uri">An AMQP URI (<c>amqp://user:password@host:5672/vhost</c>); holds a secret, never logged.</param>
    /// <param name="exchange">The topic exchange (tests use their own).</param>
    /// <param name="queue">The durable queue that keeps every event.</param>
    public RabbitMqEventBus(string uri, string exchange = DefaultExchange, string queue = DefaultQueue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(uri);
        _factory = new ConnectionFactory
        {
            Uri = new Uri(uri),
            ClientProvidedName = "whatstyle",
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            // Reconnection is ours (the next publish after a failure connects again), so a broken connection never
            // leaves a publish waiting on a recovery that may not come.
            AutomaticRecoveryEnabled = false,
        };
        _exchange = exchange;
        _queue = queue;
    }

    public async Task PublishAsync(OutboxEvent outboxEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outboxEvent);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConfirmTimeout);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var channel = await ChannelAsync(timeout.Token).ConfigureAwait(false);
            var properties = new BasicProperties
            {
                MessageId = outboxEvent.Id,
                Type = outboxEvent.Type,
                AppId = outboxEvent.Source,
                ContentType = "application/json",
                ContentEncoding = "utf-8",
                DeliveryMode = DeliveryModes.Persistent,
                Timestamp = new AmqpTimestamp(outboxEvent.Time.ToUnixTimeSeconds()),
            };
            // Mandatory: a message no queue takes comes back as an error instead of vanishing.
            await channel.BasicPublishAsync(_exchange, outboxEvent.Type, mandatory: true, properties, Encoding.UTF8.GetBytes(outboxEvent.ToJson()), timeout.Token)
                .ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Whatever broke (a nack, a return, a lost connection, no confirm in time), start afresh on the next publish.
            await CloseAsync().ConfigureAwait(false);
            throw ex is OperationCanceledException ? new TimeoutException($"RabbitMQ did not confirm event {outboxEvent.Id} within {ConfirmTimeout.TotalSeconds:0} s.", ex) : Describe(ex);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    /// <summary>The open channel, or a new connection and channel with the exchange, queue and binding declared.</summary>
    private async Task<IChannel> ChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true } open && _connection is { IsOpen: true })
        {
            return open;
        }

        await CloseAsync().ConfigureAwait(false);
        _connection = await _factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
        var channel = await _connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken).ConfigureAwait(false);
        await channel.ExchangeDeclareAsync(_exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(_queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueBindAsync(_queue, _exchange, "#", cancellationToken: cancellationToken).ConfigureAwait(false);
        _channel = channel;
        return channel;
    }

    private async Task CloseAsync()
    {
        var (channel, connection) = (_channel, _connection);
        (_channel, _connection) = (null, null);
        try
        {
            if (channel is not null)
            {
                await channel.DisposeAsync().ConfigureAwait(false);
            }

            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is OperationInterruptedException or AlreadyClosedException or IOException or ObjectDisposedException)
        {
            // Already broken: nothing left to close.
        }
    }

    /// <summary>The broker's answer in a sentence for the publisher's log line; the URI (with its password) is never in it.</summary>
    private static Exception Describe(Exception ex) => ex switch
    {
        PublishReturnException returned => new InvalidOperationException(
            $"RabbitMQ returned the event unrouted ({returned.ReplyCode} {returned.ReplyText}): no queue is bound to exchange '{returned.Exchange}' for '{returned.RoutingKey}'.", ex),
        PublishException => new InvalidOperationException("RabbitMQ refused the event (a negative publisher confirm).", ex),
        BrokerUnreachableException => new InvalidOperationException("RabbitMQ could not be reached.", ex),
        _ => ex,
    };
}
