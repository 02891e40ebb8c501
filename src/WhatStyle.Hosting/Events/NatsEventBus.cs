using System.Text;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Net;
using WhatStyle.Tools.Events;

namespace WhatStyle.Hosting.Events;

/// <summary>
/// Events on NATS JetStream (<c>ConnectionStrings:Nats</c>): stream <c>WHATSTYLE_EVENTS</c>, subject
/// <c>whatstyle.events.&lt;type&gt;</c>, the event id as <c>Nats-Msg-Id</c> so JetStream drops a repeat within its
/// duplicate window (an event published again after a crash between the acknowledgement and the outbox's record).
/// </summary>
internal sealed class NatsEventBus : IEventBus, IAsyncDisposable
{
    public const string StreamName = "WHATSTYLE_EVENTS";
    public const string SubjectPrefix = "whatstyle.events.";

    private readonly NatsClient _client;
    private readonly INatsJSContext _jetStream;
    private readonly SemaphoreSlim _streamGate = new(1, 1);
    private bool _streamReady;

    public NatsEventBus(string url)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        _client = new NatsClient(new NatsOpts { Url = url, Name = "whatstyle" });
        _jetStream = _client.CreateJetStreamContext();
    }

    public static string Subject(string type) => SubjectPrefix + type;

    public async Task PublishAsync(OutboxEvent outboxEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outboxEvent);
        await EnsureStreamAsync(cancellationToken);
        var ack = await _jetStream.PublishAsync(
            Subject(outboxEvent.Type),
            Encoding.UTF8.GetBytes(outboxEvent.ToJson()),
            opts: new NatsJSPubOpts { MsgId = outboxEvent.Id },
            cancellationToken: cancellationToken);
        try
        {
            ack.EnsureSuccess();
        }
        catch (NatsJSDuplicateMessageException)
        {
            // JetStream already holds this event (an earlier publish whose outbox record was lost): published.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync();
        _streamGate.Dispose();
    }

    private async Task EnsureStreamAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _streamReady))
        {
            return;
        }

        await _streamGate.WaitAsync(cancellationToken);
        try
        {
            if (!_streamReady)
            {
                await _jetStream.CreateOrUpdateStreamAsync(new StreamConfig(StreamName, [SubjectPrefix + ">"]), cancellationToken);
                Volatile.Write(ref _streamReady, true);
            }
        }
        finally
        {
            _streamGate.Release();
        }
    }
}
