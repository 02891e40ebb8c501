using System.Collections.Concurrent;

namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>
/// Writes accepted webhook bodies to the durable <see cref="InboxLog"/> with group commit: the bodies of all requests
/// waiting while the previous batch was written go out as one write and one fsync, and each request's 200 waits for
/// its batch. The loop runs on its own thread, so the fsync never blocks a thread-pool thread that Kestrel needs.
/// </summary>
internal sealed class InboxWriter : IDisposable
{
    private const int MaxBatch = 512;

    private readonly IInboxLog _log;
    private readonly TimeProvider _time;
    private readonly WorkSignal _signal;
    private readonly BlockingCollection<PendingWrite> _queue = new(new ConcurrentQueue<PendingWrite>());
    private readonly Thread _thread;

    private readonly IntakePressure _pressure;

    public InboxWriter(IInboxLog log, TimeProvider time, BridgeSignals signals, IntakePressure pressure)
    {
        _log = log;
        _pressure = pressure;
        _time = time;
        _signal = signals.Inbox;
        _thread = new Thread(WriteLoop) { IsBackground = true, Name = "inbox-writer" };
        _thread.Start();
    }

    /// <summary>Completes once the body is durably stored; throws if it could not be.</summary>
    public Task AppendAsync(byte[] body, CancellationToken cancellationToken)
    {
        var pending = new PendingWrite(body, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        try
        {
            // Unbounded, so Add never waits; after shutdown began it throws, and the request answers 500 (Meta retries).
            _queue.Add(pending, cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ObjectDisposedException)
        {
            throw new InvalidOperationException("The inbox is shutting down.", ex);
        }

        return pending.Done.Task.WaitAsync(cancellationToken);
    }

    private void WriteLoop()
    {
        var batch = new List<PendingWrite>(MaxBatch);
        var bodies = new List<byte[]>(MaxBatch);
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            batch.Clear();
            batch.Add(first);
            while (batch.Count < MaxBatch && _queue.TryTake(out var next))
            {
                batch.Add(next);
            }

            try
            {
                bodies.Clear();
                bodies.AddRange(batch.Select(p => p.Body));
                _log.Append(bodies, _time.GetUtcNow().ToUnixTimeMilliseconds());
                batch.ForEach(p => p.Done.TrySetResult());
                _pressure.BatchWritten();
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

    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread.Join();
        _queue.Dispose();
    }

    private sealed record PendingWrite(byte[] Body, TaskCompletionSource Done);
}
