using System.Diagnostics;

namespace WhatStyle.Bridge.LoadTest;

/// <summary>
/// When the last reply reached the fake API: samples the send count every few milliseconds and keeps the time it last
/// grew, so replies per second need no timestamps from the shared fakes (sampling costs a counter read, not a scan).
/// </summary>
internal sealed class ReplyClock : IAsyncDisposable
{
    private static readonly TimeSpan Resolution = TimeSpan.FromMilliseconds(5);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;
    private long _lastGrowth = Stopwatch.GetTimestamp();

    public ReplyClock(Func<int> count)
    {
        _sampler = Task.Run(async () =>
        {
            var seen = count();
            using var timer = new PeriodicTimer(Resolution);
            while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
            {
                var now = count();
                if (now != seen)
                {
                    seen = now;
                    Volatile.Write(ref _lastGrowth, Stopwatch.GetTimestamp());
                }
            }
        });
    }

    /// <summary>The Stopwatch timestamp at which the count last grew (within the sampling resolution).</summary>
    public long LastGrowth => Volatile.Read(ref _lastGrowth);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _sampler;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stop.Dispose();
    }
}
