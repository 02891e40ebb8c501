using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace WhatStyle.Tools.Platform;

/// <summary>One dedicated thread at background OS priority that runs the work handed to it, one piece at a time.</summary>
/// <remarks>
/// For CPU-heavy synchronous work (a model's inference) in a process whose requests must answer quickly: the kernel then
/// runs a request's thread first whenever both want a core, where a thread-pool thread would compete with it as an equal.
/// </remarks>
internal sealed class BackgroundThread
{
    private readonly BlockingCollection<Action> _work = [];

    public BackgroundThread(string name)
    {
        var thread = new Thread(Loop) { IsBackground = true, Name = name };
        thread.Start();
    }

    /// <summary>Runs <paramref name="work"/> on the thread and waits for it; its exception is rethrown here.</summary>
    public T Run<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        using var done = new ManualResetEventSlim();
        _work.Add(() =>
        {
            try
            {
                result = work();
            }
#pragma warning disable CA1031 // Handed back to the caller, whatever it is.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failure = ExceptionDispatchInfo.Capture(ex);
            }
            finally
            {
                done.Set();
            }
        });
        done.Wait();
        failure?.Throw();
        return result;
    }

    private void Loop()
    {
        ThreadPriorities.LowerCurrent();
        foreach (var work in _work.GetConsumingEnumerable())
        {
            work();
        }
    }
}
