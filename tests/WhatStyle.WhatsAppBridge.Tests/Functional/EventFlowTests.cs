using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NATS.Client.JetStream;
using NATS.Net;
using RabbitMQ.Client;
using WhatStyle.Tools.Events;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Functional;

/// <summary>The bridge's events end to end: recorded with the change in bridge.db, published to NATS JetStream or RabbitMQ.</summary>
public sealed class EventFlowTests
{
    private const string NatsVariable = "WHATSTYLE_TEST_NATS";
    private const string RabbitMqVariable = "WHATSTYLE_TEST_RABBITMQ";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reply_BrokerUnreachable_KeepsTheEventsInTheOutbox()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Events:Provider"] = "nats",
            // Nothing listens on port 1: every publish fails and the events wait.
            ["ConnectionStrings:Nats"] = "nats://127.0.0.1:1",
        });
        var client = factory.CreateClient();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917300101", "hello")]), Ct);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the reply");

        var events = factory.Services.GetRequiredService<BridgeEvents>().Outbox;
        await Webhook.EventuallyAsync(() => events.CountAsync(Ct).Result >= 2, "message_received and message_sent recorded");
        var pending = await events.PendingAsync(100, DateTimeOffset.MaxValue, Ct);
        Assert.Equal([EventTypes.MessageReceived, EventTypes.MessageSent], pending.Select(p => p.Event.Type));
        Assert.DoesNotContain("hello", pending[0].Event.Data, StringComparison.Ordinal); // ids and lengths, never the text
        // The operator sees them wait.
        var health = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz", UriKind.Relative), Ct)).RootElement;
        Assert.True(health.GetProperty("events").GetProperty("waiting").GetInt32() >= 2, health.ToString());
    }

    [Fact]
    public async Task Reply_NoEventsProvider_RecordsNoEvents()
    {
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph);
        var client = factory.CreateClient();

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text("4917300102", "hello")]), Ct);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the reply");

        Assert.Equal(0, await factory.Services.GetRequiredService<BridgeEvents>().Outbox.CountAsync(Ct));
        var health = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/healthz", UriKind.Relative), Ct)).RootElement;
        Assert.Equal(0, health.GetProperty("events").GetProperty("waiting").GetInt32());
    }

    [Fact]
    public async Task Reply_WithNats_PublishesReceivedThenSent()
    {
        var url = Environment.GetEnvironmentVariable(NatsVariable);
        if (string.IsNullOrWhiteSpace(url))
        {
            Assert.Skip($"{NatsVariable} is not set: run `eval \"$(bash .ci/services/nats.sh start)\"` to run this test against a real NATS.");
        }

        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Events:Provider"] = "nats",
            ["ConnectionStrings:Nats"] = url,
            ["Events:PollInterval"] = "00:00:00.050",
        });
        var client = factory.CreateClient();
        var sender = "49173" + Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text(sender, "hello")]), Ct);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the reply");
        var events = factory.Services.GetRequiredService<BridgeEvents>().Outbox;
        await Webhook.EventuallyAsync(() => events.CountAsync(Ct).Result == 0, "the bridge.db outbox drained");

        var mine = (await StoredAsync(url)).Where(e => e.Contains(sender, StringComparison.Ordinal)).Select(e => JsonDocument.Parse(e).RootElement).ToList();
        Assert.Equal([EventTypes.MessageReceived, EventTypes.MessageSent], mine.Select(e => e.GetProperty("type").GetString()));
        Assert.Equal(sender, mine[0].GetProperty("data").GetProperty("from").GetString());
        Assert.Equal(sender, mine[1].GetProperty("data").GetProperty("to").GetString());
    }

    [Fact]
    public async Task Reply_WithRabbitMq_PublishesReceivedThenSent()
    {
        var uri = Environment.GetEnvironmentVariable(RabbitMqVariable);
        if (string.IsNullOrWhiteSpace(uri))
        {
            Assert.Skip($"{RabbitMqVariable} is not set: run `eval \"$(bash .ci/services/rabbitmq.sh start)\"` to run this test against a real RabbitMQ.");
        }

        // A subscriber's own queue on the bridge's exchange (declared here as the bridge declares it: the first may be either).
        await using var connection = await new ConnectionFactory { Uri = new Uri(uri) }.CreateConnectionAsync(Ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Ct);
        await channel.ExchangeDeclareAsync("whatstyle.events", ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: Ct);
        var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true, cancellationToken: Ct)).QueueName;
        await channel.QueueBindAsync(queue, "whatstyle.events", "#", cancellationToken: Ct);
        await using var graph = await FakeGraphApi.StartAsync(Ct);
        using var factory = new BridgeFactory(graph, new Dictionary<string, string?>
        {
            ["Events:Provider"] = "rabbitmq",
            ["ConnectionStrings:RabbitMq"] = uri,
            ["Events:PollInterval"] = "00:00:00.050",
        });
        var client = factory.CreateClient();
        var sender = "49174" + Random.Shared.Next(100000, 999999).ToString(System.Globalization.CultureInfo.InvariantCulture);

        await Webhook.PostAsync(client, Webhook.Body([Webhook.Text(sender, "hello")]), Ct);
        await Webhook.EventuallyAsync(() => graph.Sends.Count == 1, "the reply");
        var events = factory.Services.GetRequiredService<BridgeEvents>().Outbox;
        await Webhook.EventuallyAsync(() => events.CountAsync(Ct).Result == 0, "the bridge.db outbox drained");

        var mine = new List<(string? MessageId, JsonElement Body)>();
        while (await channel.BasicGetAsync(queue, autoAck: true, Ct) is { } message)
        {
            var body = JsonDocument.Parse(message.Body).RootElement;
            if (body.GetRawText().Contains(sender, StringComparison.Ordinal))
            {
                mine.Add((message.BasicProperties.MessageId, body));
            }
        }

        Assert.Equal([EventTypes.MessageReceived, EventTypes.MessageSent], mine.Select(e => e.Body.GetProperty("type").GetString()));
        Assert.All(mine, e => Assert.Equal(e.Body.GetProperty("id").GetString(), e.MessageId));
        Assert.Equal(sender, mine[1].Body.GetProperty("data").GetProperty("to").GetString());
    }

    private static async Task<List<string>> StoredAsync(string url)
    {
        await using var nats = new NatsClient(url);
        var consumer = await nats.CreateJetStreamContext().CreateOrderedConsumerAsync("WHATSTYLE_EVENTS", cancellationToken: Ct);
        var all = new List<string>();
        await foreach (var message in consumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 10_000 }, cancellationToken: Ct))
        {
            all.Add(System.Text.Encoding.UTF8.GetString(message.Data!));
        }

        return all;
    }
}
