using WhatStyle.Tools.Platform;

namespace WhatStyle.Tools.Tests.Platform;

public sealed class BackgroundThreadTests
{
    [Fact]
    public void Run_ReturnsTheWorksResult_FromAnotherThreadAtBackgroundPriority()
    {
        var thread = new BackgroundThread("test-background");
        var caller = Environment.CurrentManagedThreadId;

        var (ranOn, nice) = thread.Run(() => (Environment.CurrentManagedThreadId, ThreadPriorities.CurrentNice()));

        Assert.NotEqual(caller, ranOn);
        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(ThreadPriorities.BackgroundNice, nice);
            Assert.NotEqual(ThreadPriorities.BackgroundNice, ThreadPriorities.CurrentNice()); // the caller keeps its own
        }
    }

    [Fact]
    public void Run_WorkThrows_TheExceptionReachesTheCallerAndTheThreadGoesOn()
    {
        var thread = new BackgroundThread("test-background");

        var error = Assert.Throws<InvalidOperationException>(() => thread.Run<int>(() => throw new InvalidOperationException("broken")));

        Assert.Equal("broken", error.Message);
        Assert.Equal(42, thread.Run(() => 42));
    }
}
