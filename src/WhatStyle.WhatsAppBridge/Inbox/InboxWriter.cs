using System.Threading.Channels;
using WhatStyle.WhatsAppBridge.Storage;

namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>
/// Writes accepted webhook bodies to the durable inbox with group commit: concurrent requests are batched into one
/// LiteDB transaction, and each request's 200 waits until its batch is on disk. One commit per batch (not per
/// request) is what keeps the acknowledgement fast under load.
/// </summary>
internal sealed class InboxWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;

    private readonly BridgeDatabase _database;
    private readonly TimeProvider _time;
    private readonly WorkSignal _signal;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _loop;

    public InboxWriter(BridgeDatabase database, TimeProvider time, BridgeSignals signals)
    {
        _database = database;
        _time = time;
        _signal = signals.Inbox;
        _loop = Task.Run(WriteLoopAsync);
    }

    /// <summary>Completes once the body is durably stored; throws if it could not be.</summary>
    public Task AppendAsync(byte[] body, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite(body, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending))
        {
            throw new InvalidOperationException("The inbox is shutting down.");
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var item))
            {
                batch.Add(item);
            }

            try
            {
                var now = _time.GetUtcNow().ToUnixTimeMilliseconds();
                _database.Inbox.InsertBulk(batch.Select(p => new InboxItem { Body = p.Body, ReceivedAtMs = now }), MaxBatch);
                batch.ForEach(p => p.Done.TrySetResult());
                _signal.Notify();
            }
#pragma warning disable CA1031 // Each waiting request receives the failure and answers 500, so Meta retries later.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                batch.ForEach(p => p.Done.TrySetException(ex));
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
    }

    private sealed record PendingWrite(byte[] Body, TaskCompletionSource Done);
}
