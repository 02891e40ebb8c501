using WhatStyle.Tools.Platform;

namespace WhatStyle.Tools.Tests.Platform;

public sealed class BackgroundTaskSchedulerTests
{
    [Fact]
    public async Task Task_AwaitsInside_EveryPartRunsOnTheSchedulersBackgroundThreads()
    {
        using var scheduler = new BackgroundTaskScheduler(2, "test-scheduler");
        var observed = new List<(string? Thread, int? Nice)>();

        await Task.Factory.StartNew(async () =>
        {
            observed.Add((Thread.CurrentThread.Name, ThreadPriorities.CurrentNice()));
            await Task.Delay(10, TestContext.Current.CancellationToken);
            observed.Add((Thread.CurrentThread.Name, ThreadPriorities.CurrentNice()));
            await Task.Yield();
            observed.Add((Thread.CurrentThread.Name, ThreadPriorities.CurrentNice()));
        }, TestContext.Current.CancellationToken, TaskCreationOptions.DenyChildAttach, scheduler).Unwrap();

        Assert.Equal(3, observed.Count);
        Assert.All(observed, o => Assert.StartsWith("test-scheduler-", o.Thread, StringComparison.Ordinal));
        if (OperatingSystem.IsLinux())
        {
            Assert.All(observed, o => Assert.Equal(ThreadPriorities.BackgroundNice, o.Nice));
        }
    }

    [Fact]
    public async Task Tasks_MoreThanThreads_AllRunAndAtMostThatManyAtOnce()
    {
        using var scheduler = new BackgroundTaskScheduler(2, "test-scheduler");
        var running = 0;
        var most = 0;

        var tasks = Enumerable.Range(0, 8).Select(_ => Task.Factory.StartNew(() =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            Thread.Sleep(20);
            Interlocked.Decrement(ref running);
        }, TestContext.Current.CancellationToken, TaskCreationOptions.DenyChildAttach, scheduler)).ToArray();
        await Task.WhenAll(tasks);

        Assert.InRange(most, 1, 2);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
