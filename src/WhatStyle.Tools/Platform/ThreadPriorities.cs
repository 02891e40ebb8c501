using System.Runtime.InteropServices;

namespace WhatStyle.Tools.Platform;

/// <summary>Lowers the operating system's scheduling priority of the calling thread.</summary>
/// <remarks>
/// .NET's <see cref="Thread.Priority"/> is ignored on Linux, where a thread's priority is its own nice value: raising it
/// (lowering the priority) needs no privilege, and threads the thread starts inherit it.
/// </remarks>
internal static partial class ThreadPriorities
{
    /// <summary>The nice value background work runs at: well behind request handling (0), still progressing when the cores are free.</summary>
    public const int BackgroundNice = 10;

    /// <summary>Makes the calling thread background work; best effort, returns false where the platform refused.</summary>
    public static bool LowerCurrent()
    {
        if (!OperatingSystem.IsLinux())
        {
            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
            return true;
        }

        try
        {
            return setpriority(PrioProcess, gettid(), BackgroundNice) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The calling thread's nice value on Linux (null elsewhere or when it cannot be read).</summary>
    public static int? CurrentNice()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            Marshal.SetLastPInvokeError(0);
            var nice = getpriority(PrioProcess, gettid());
            return nice == -1 && Marshal.GetLastPInvokeError() != 0 ? null : nice;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    // PRIO_PROCESS with a thread id addresses that one thread on Linux.
    private const int PrioProcess = 0;

    [DllImport("libc", SetLastError = true)]
    private static extern int setpriority(int which, int who, int prio);

    [DllImport("libc", SetLastError = true)]
    private static extern int getpriority(int which, int who);

    [DllImport("libc")]
    private static extern int gettid();
}
