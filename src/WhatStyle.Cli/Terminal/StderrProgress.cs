using Spectre.Console;

namespace WhatStyle.Cli.Terminal;

/// <summary>One progress bar for a long command, on stderr and only when stderr is a terminal: stdout stays clean for --json, scripts and tests.</summary>
internal static class StderrProgress
{
    /// <param name="description">The bar's label, as Spectre markup (escape any file name in it).</param>
    /// <param name="read">How far a report says the work is.</param>
    /// <param name="work">The work, given where to report (nothing when no bar is shown).</param>
    public static async Task<TResult> RunAsync<TProgress, TResult>(
        string description, Func<TProgress, (int Done, int Total)> read, Func<IProgress<TProgress>?, Task<TResult>> work)
    {
        if (Console.IsErrorRedirected)
        {
            return await work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask(description);
                var progress = new Progress<TProgress>(p =>
                {
                    var (done, total) = read(p);
                    bar.MaxValue = Math.Max(1, total);
                    bar.Value = done;
                });
                return await work(progress);
            });
    }
}
