using System.Collections.Concurrent;

namespace WhatStyle.Tools.Platform;

/// <summary>
/// Runs tasks on a few dedicated threads at background OS priority (<see cref="ThreadPriorities"/>). An <c>await</c>
/// inside such a task resumes here too (it captures the current scheduler), so a whole asynchronous job stays background
/// work, except after code that leaves with <c>ConfigureAwait(false)</c>.
/// </summary>
/// <remarks>
/// For a host whose requests must answer quickly beside heavy background work (the bridge: webhook acknowledgements
/// beside replies): the kernel runs a request's thread first whenever both want a core. Code on this scheduler must not
/// block on a task that needs this scheduler to finish (sync over async), or its threads could all wait on each other.
/// </remarks>
public sealed class BackgroundTaskScheduler : TaskScheduler, IDisposable
{
    [ThreadStatic]
    private static bool t_isWorker;

    private readonly BlockingCollection<Task> _queue = [];
    private readonly Thread[] _threads;

    /// <param name="threads">How many tasks may run at once.</param>
    /// <param name="name">The threads' name, for diagnostics.</param>
    public BackgroundTaskScheduler(int threads, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        _threads = [.. Enumerable.Range(0, threads).Select(i => new Thread(Work) { IsBackground = true, Name = $"{name}-{i}" })];
        foreach (var thread in _threads)
        {
            thread.Start();
        }
    }

    public override int MaximumConcurrencyLevel => _threads.Length;

    /// <summary>
    /// Runs one asynchronous job to its end on a thread of its own at background priority (its awaits resume there too),
    /// then lets the thread go: a hosted service's long or heavy work beside the requests.
    /// </summary>
    public static async Task RunAsync(string name, Func<Task> job)
    {
        ArgumentNullException.ThrowIfNull(job);
        using var scheduler = new BackgroundTaskScheduler(1, name);
        await Task.Factory.StartNew(job, CancellationToken.None, TaskCreationOptions.DenyChildAttach, scheduler).Unwrap();
    }

    protected override void QueueTask(Task task)
    {
        try
        {
            _queue.Add(task);
        }
        catch (InvalidOperationException)
        {
            // Disposed (the host is stopping) while a task still had work to resume: it finishes on the thread pool.
            ThreadPool.QueueUserWorkItem(_ => TryExecuteTask(task));
        }
    }

    // Inline only on one of this scheduler's own threads: running a background task on a request's thread would give it
    // that thread's priority.
    protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) =>
        t_isWorker && !taskWasPreviouslyQueued && TryExecuteTask(task);

    protected override IEnumerable<Task> GetScheduledTasks() => [.. _queue];

    /// <summary>Stops taking tasks (later ones run on the thread pool); the threads end once the queue is empty.</summary>
    /// <remarks>The queue itself is not disposed: the threads may still be draining it.</remarks>
    public void Dispose() => _queue.CompleteAdding();

    private void Work()
    {
        t_isWorker = true;
        ThreadPriorities.LowerCurrent();
        foreach (var task in _queue.GetConsumingEnumerable())
        {
            TryExecuteTask(task);
        }
    }
}
