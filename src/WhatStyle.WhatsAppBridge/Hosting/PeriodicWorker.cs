namespace WhatStyle.WhatsAppBridge.Hosting;

/// <summary>
/// The bridge's background-loop shape in one place: wait, work, and on a failure log and wait again, so one bad pass
/// never stops the worker. Cancellation (shutdown) ends the loop at once, whatever it was waiting for.
/// </summary>
internal abstract class PeriodicWorker(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The clock every wait uses.</summary>
    protected TimeProvider Time { get; } = time;

    /// <summary>The worker's logger.</summary>
    protected ILogger Logger { get; } = logger;

    /// <summary>Wait before the first pass (default: none).</summary>
    protected virtual TimeSpan FirstDelay => TimeSpan.Zero;

    /// <summary>Wait between passes; read before every wait, so a changed setting applies at once.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>Wait after a failed pass (default: the interval).</summary>
    protected virtual TimeSpan FailureDelay => Interval;

    /// <summary>Where the passes run; null: the thread pool. Background work in the bridge runs at background OS priority.</summary>
    protected virtual TaskScheduler? Scheduler => null;

    /// <summary>One pass of the work.</summary>
    protected abstract Task WorkAsync(CancellationToken stoppingToken);

    /// <summary>Logs a failed pass; the default names only the exception type (messages can carry message text).</summary>
    protected virtual void LogFailure(Exception error) =>
        Logger.LogError("{Worker} failed ({Error}); it runs again shortly.", GetType().Name, error.GetType().Name);

    protected sealed override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Scheduler is { } scheduler
            ? Task.Factory.StartNew(() => LoopAsync(stoppingToken), CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler).Unwrap()
            : LoopAsync(stoppingToken);

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        var wait = FirstDelay;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, Time, stoppingToken);
                }

                await WorkAsync(stoppingToken);
                wait = Interval;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed pass is logged and retried; the worker must outlive it.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailure(ex);
                wait = FailureDelay;
            }
        }
    }
}
