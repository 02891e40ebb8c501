using System.Diagnostics;

namespace WhatStyle.Bridge.LoadTest;

/// <summary>
/// Offers requests at a fixed rate whatever the server's speed (an open loop, as webhooks arrive from Meta), at most
/// <c>concurrency</c> in flight. Each latency counts from the request's scheduled time, so a stalled server shows up
/// as latency instead of silently lowering the rate (no coordinated omission).
/// </summary>
internal static class OpenLoop
{
    public static async Task<int> RunAsync(double perSecond, int count, int concurrency, Func<int, long, Task<bool>> post)
    {
        using var slots = new SemaphoreSlim(concurrency);
        var failures = 0;
        var running = new List<Task>(count);
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            var scheduled = start + (long)(i / perSecond * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), scheduled);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            var index = i;
            running.Add(Task.Run(async () =>
            {
                await slots.WaitAsync();
                try
                {
                    if (!await post(index, scheduled))
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                finally
                {
                    slots.Release();
                }
            }));
        }

        await Task.WhenAll(running);
        return failures;
    }
}
