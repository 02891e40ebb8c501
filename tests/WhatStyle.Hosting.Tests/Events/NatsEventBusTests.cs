using System.Text.Json;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Net;
using WhatStyle.Hosting.Events;
using WhatStyle.Hosting.Tests.Support;
using WhatStyle.Tools.Events;

namespace WhatStyle.Hosting.Tests.Events;

/// <summary>Against the nats-server .ci/services/nats.sh starts (JetStream on).</summary>
public sealed class NatsEventBusTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PublishAsync_StoresTheEnvelopeInTheStreamUnderItsTypesSubject()
    {
        var url = TestServers.Nats();
        await using var bus = new NatsEventBus(url);
        var sent = OutboxEvent.Create(EventTypes.MessageSent, "whatstyle/test", new MessageSentData(Guid.NewGuid().ToString("N"), "wamid.1", "4917012345", "text", 1), DateTimeOffset.UtcNow);

        await bus.PublishAsync(sent, Ct);

        var stored = await ReadAsync(url, sent.Id);
        Assert.Equal(NatsEventBus.Subject(EventTypes.MessageSent), stored.Subject);
        using var json = JsonDocument.Parse(stored.Data);
        Assert.Equal(sent.Id, json.RootElement.GetProperty("id").GetString());
        Assert.Equal("message_sent", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("wamid.1", json.RootElement.GetProperty("data").GetProperty("wamid").GetString());
    }

    [Fact]
    public async Task PublishAsync_SameEventTwice_IsStoredOnce()
    {
        var url = TestServers.Nats();
        await using var bus = new NatsEventBus(url);
        var sent = OutboxEvent.Create(EventTypes.ProfileUpdated, "whatstyle/test", new ProfileUpdatedData(Guid.NewGuid().ToString("N")), DateTimeOffset.UtcNow);

        await bus.PublishAsync(sent, Ct);
        await bus.PublishAsync(sent, Ct);

        Assert.Equal(1, await CountAsync(url, sent.Id));
    }

    [Fact]
    public async Task PublishAsync_NoServer_Throws()
    {
        // Nothing listens on port 1: the publisher must see a failure, so the event stays in its outbox.
        await using var bus = new NatsEventBus("nats://127.0.0.1:1");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));

        await Assert.ThrowsAnyAsync<Exception>(() => bus.PublishAsync(OutboxEvent.Create(EventTypes.DraftCreated, "t", new { }, DateTimeOffset.UtcNow), timeout.Token));
    }

    private static async Task<(string Subject, string Data)> ReadAsync(string url, string eventId)
    {
        await foreach (var message in StoredAsync(url))
        {
            if (message.Data.Contains(eventId, StringComparison.Ordinal))
            {
                return message;
            }
        }

        throw new InvalidOperationException($"event {eventId} is not in the stream");
    }

    private static async Task<int> CountAsync(string url, string eventId)
    {
        var count = 0;
        await foreach (var message in StoredAsync(url))
        {
            count += message.Data.Contains(eventId, StringComparison.Ordinal) ? 1 : 0;
        }

        return count;
    }

    private static async IAsyncEnumerable<(string Subject, string Data)> StoredAsync(string url)
    {
        await using var client = new NatsClient(url);
        var jetStream = client.CreateJetStreamContext();
        var consumer = await jetStream.CreateOrderedConsumerAsync(NatsEventBus.StreamName, cancellationToken: Ct);
        await foreach (var message in consumer.FetchNoWaitAsync<byte[]>(new NatsJSFetchOpts { MaxMsgs = 10_000 }, cancellationToken: Ct))
        {
            yield return (message.Subject, System.Text.Encoding.UTF8.GetString(message.Data!));
        }
    }
}
