using System.CommandLine;
using System.Globalization;
using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using WhatStyle.Hosting;
using WhatStyle.Storage.Postgres;
using WhatStyle.Storage.Postgres.Copy;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle migrate --to postgres`: copies the data directory's domain stores into PostgreSQL, resumably.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var to = new Option<string>("--to") { Description = "Where to copy the stores: postgres (the server in ConnectionStrings:Postgres).", Required = true };
        to.AcceptOnlyFromAmong("postgres");
        var restart = new Option<bool>("--restart") { Description = "Read every store from its start again instead of resuming (rows already copied are kept, not duplicated)." };
        var command = new Command(
            "migrate",
            "Copy this data directory's contacts, groups, messages, exchanges, tone history, drafts, retry queue, sticker history, takeovers, reply log, urgent marks and waiting events into PostgreSQL. Stop WhatStyle's other processes first; run it again to resume where it stopped.")
        {
            to,
            restart,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            await using var services = CliServices.Build(parseResult);
            var source = services.GetRequiredService<ILiteDatabase>();
            var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString(PostgresStorageOptions.ConnectionStringName);
            var results = await RunWithProgressAsync(source, connectionString, parseResult.GetValue(restart), cancellationToken);

            var output = parseResult.InvocationConfiguration.Output;
            foreach (var result in results)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Store}: {result.Copied} of {result.Total}"));
            }

            await output.WriteLineAsync(MigrateBridgeNote.For(HostEnvironment.ResolveDataDirectory(parseResult.GetValue(CliOptions.DataDir))));
            await output.WriteLineAsync("Copied into PostgreSQL. Set Storage:Provider=postgres (e.g. in appsettings.json, or Storage__Provider=postgres) to use it.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task<IReadOnlyList<CopyProgress>> RunWithProgressAsync(ILiteDatabase source, string? connectionString, bool restart, CancellationToken cancellationToken)
    {
        // The bar goes to stderr, and only on a terminal: stdout stays clean for scripts and tests.
        if (Console.IsErrorRedirected)
        {
            return await LiteDbToPostgres.CopyAsync(source, connectionString, restart: restart, cancellationToken: cancellationToken);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(context => LiteDbToPostgres.CopyAsync(source, connectionString, new ProgressBars(context), restart, cancellationToken: cancellationToken));
    }

    /// <summary>One bar per store, made when the store's copy starts (reported synchronously, on the copying thread).</summary>
    private sealed class ProgressBars(ProgressContext context) : IProgress<CopyProgress>
    {
        private readonly Dictionary<string, ProgressTask> _bars = new(StringComparer.Ordinal);

        public void Report(CopyProgress value)
        {
            if (!_bars.TryGetValue(value.Store, out var bar))
            {
                bar = context.AddTask(Markup.Escape(value.Store));
                _bars[value.Store] = bar;
            }

            bar.MaxValue = Math.Max(1, value.Total);
            bar.Value = value.Total == 0 ? 1 : value.Copied;
        }
    }
}
