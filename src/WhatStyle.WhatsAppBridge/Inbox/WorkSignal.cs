namespace WhatStyle.WhatsAppBridge.Inbox;

/// <summary>Wakes a background worker early when new work arrives (it also polls, so a lost wake-up only costs a poll interval).</summary>
internal sealed class WorkSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try
            {
                _semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Another thread signalled first: one wake-up is enough.
            }
        }
    }

    /// <summary>Waits for a signal or the timeout, whichever comes first.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(timeout, time, cts.Token);
        var signalled = _semaphore.WaitAsync(cts.Token);
        await Task.WhenAny(delay, signalled);
        await cts.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
