using Spectre.Console;
using System.CommandLine;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WhatStyle.Hosting;
using WhatStyle.Storage.Postgres;
using WhatStyle.Tools.Serialization;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Storage.Maintenance;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle storage encrypt|check|repair`: the data directory's files, with the configured password.</summary>
internal static class StorageCommand
{
    public static Command Create()
    {
        var command = new Command("storage", "The data directory's stores (whatstyle.db, bridge.db, the bridge's inbox log): encrypt them, check them, repair a damaged database.");
        command.Subcommands.Add(Encrypt());
        command.Subcommands.Add(Check());
        command.Subcommands.Add(Repair());
        return command;
    }

    private static Command Encrypt()
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Say what would be encrypted, and change nothing." };
        var command = new Command(
            "encrypt",
            $"Encrypt a data directory made without a password with the configured one (Storage:Password or {StorageOptions.PasswordEnvironmentVariable}): " +
            "copies are encrypted and verified before they replace the originals. Stop the bridge and the MCP server first.")
        {
            dryRun,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var (dataDirectory, options) = Resolve(parseResult);
            if (string.IsNullOrEmpty(options.Password))
            {
                throw new UserErrorException($"No password is set: set {StorageOptions.PasswordEnvironmentVariable} (or Storage:Password) to the password to encrypt with, then run this again.");
            }

            var output = parseResult.InvocationConfiguration.Output;
            var preview = parseResult.GetValue(dryRun);
            var stores = EncryptWithProgress(
                progress => new DataDirectoryEncryption(dataDirectory, options.FileName, options.Password) { Progress = progress }, preview, output);
            output.WriteLine(stores == 0
                ? $"Nothing to encrypt in {dataDirectory}."
                : preview ? $"{stores} store(s) would be encrypted; nothing was changed (--dry-run)." : $"{stores} store(s) encrypted in {dataDirectory}.");
            return Task.FromResult(ExitCodes.Success);
        });
        return command;
    }

    /// <summary>
    /// On a terminal, a bar per store on stderr while it runs (its lines are printed after it, so the two don't mix);
    /// redirected, or for a dry run, only the lines.
    /// </summary>
    private static int EncryptWithProgress(Func<IProgress<StoreProgress>?, DataDirectoryEncryption> encryption, bool dryRun, TextWriter output)
    {
        if (dryRun || Console.IsErrorRedirected)
        {
            return encryption(null).Run(dryRun, output.WriteLine);
        }

        var lines = new List<string>();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        try
        {
            return console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .Start(context =>
                {
                    var bars = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                    var progress = new InlineProgress<StoreProgress>(p =>
                    {
                        if (!bars.TryGetValue(p.Store, out var bar))
                        {
                            bars[p.Store] = bar = context.AddTask($"Encrypting {Markup.Escape(p.Store)}");
                        }

                        bar.MaxValue = Math.Max(1, p.Total);
                        bar.Value = Math.Max(p.Done, p.Total == 0 ? 1 : 0);
                    });
                    return encryption(progress).Run(dryRun, lines.Add);
                });
        }
        finally
        {
            foreach (var line in lines)
            {
                output.WriteLine(line);
            }
        }
    }

    /// <summary>Reports on the caller's thread (<see cref="Progress{T}"/> would post to the thread pool, after the bar ended).</summary>
    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }

    private static Command Check()
    {
        var json = CliOptions.Json();
        var command = new Command(
            "check",
            "Open each store read-only and say, per file, whether it is usable: ok, damaged, wrong password, newer version, unencrypted while a password is set. " +
            "With Storage:Provider=postgres, also whether the server can be reached, its schema version, and each table's rows. Exit 1 when any is not usable.")
        {
            json,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var (dataDirectory, options, configuration) = ResolveWithConfiguration(parseResult);
            IReadOnlyList<StoreCheckResult> results = StorageCheck.Run(dataDirectory, options.FileName, options.Password);
            if (StorageProviders.Configured(configuration) == StorageProviders.Postgres)
            {
                // The data directory keeps the bridge's own state (bridge.db, the inbox log) whichever provider holds the domain.
                results = [.. results, .. await PostgresStorageCheck.RunAsync(configuration.GetConnectionString(PostgresStorageOptions.ConnectionStringName), cancellationToken)];
            }

            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(results, WhatStyleJson.Options));
            }
            else
            {
                var width = results.Max(r => r.File.Length);
                foreach (var result in results)
                {
                    output.WriteLine($"{result.File.PadRight(width)}  {Spelling(result.Status)}: {result.Detail}");
                }
            }

            return results.All(r => r.Healthy) ? ExitCodes.Success : ExitCodes.UserError;
        });
        return command;
    }

    private static Command Repair()
    {
        var command = new Command(
            "repair",
            "Salvage every readable record of a damaged whatstyle.db or bridge.db into a fresh file; the damaged one is kept beside it " +
            "(NAME.damaged-TIMESTAMP). Unsent replies and the dedupe set are kept whenever they can be read. Stop the bridge and the MCP server first.");
        command.SetAction((parseResult, cancellationToken) =>
        {
            var (dataDirectory, options) = Resolve(parseResult);
            using var held = BridgeLockFile.TryAcquire(dataDirectory)
                ?? throw new UserErrorException($"A bridge is running with {dataDirectory} (it holds {BridgeFiles.LockFile}): stop it, then run this again.");
            var output = parseResult.InvocationConfiguration.Output;
            // An encrypt interrupted after its commit is finished first: repair must work on the files as they now are.
            if (DatabaseRepair.FinishInterruptedEncrypt(dataDirectory) is { } recovered)
            {
                output.WriteLine(recovered + ".");
            }

            var (repaired, refused) = (0, 0);
            foreach (var (name, schema) in new[] { (options.FileName, StoreSchema.DataDatabase), (BridgeFiles.DatabaseFile, StoreSchema.BridgeDatabase) })
            {
                RepairResult result;
                try
                {
                    result = DatabaseRepair.Repair(Path.Combine(dataDirectory, name), options.Password, schema, TimeProvider.System);
                }
                catch (StorageException ex)
                {
                    // One store's refusal (a wrong password, too damaged) must not keep the other from being repaired.
                    refused++;
                    output.WriteLine($"{name}: not repaired: {ex.Message}");
                    continue;
                }

                if (!result.Repaired)
                {
                    output.WriteLine($"{name}: nothing to repair ({result.Finding})");
                    continue;
                }

                repaired++;
                var counts = string.Join(", ", result.Counts.Select(c => $"{c.Key} {c.Value}"));
                output.WriteLine($"{name}: repaired ({result.Finding})");
                output.WriteLine($"  salvaged: {(counts.Length == 0 ? "nothing" : counts)}; {result.PageErrors} unreadable page(s) skipped");
                output.WriteLine($"  the damaged file is kept as {result.DamagedCopy}");
            }

            output.WriteLine(repaired == 0 && refused == 0 ? "Nothing was damaged." : $"{repaired} database(s) repaired, {refused} not; run `whatstyle storage check` to confirm.");
            return Task.FromResult(refused == 0 ? ExitCodes.Success : ExitCodes.UserError);
        });
        return command;
    }

    /// <summary>The data directory and the storage settings (password, file name), read as every command reads them.</summary>
    private static (string DataDirectory, StorageOptions Options) Resolve(ParseResult parseResult)
    {
        var dataDirectory = HostEnvironment.ResolveDataDirectory(parseResult.GetValue(CliOptions.DataDir));
        using var services = CliServices.Build(parseResult, dataDirectory: dataDirectory);
        return (dataDirectory, services.GetRequiredService<IOptions<StorageOptions>>().Value);
    }

    /// <summary><see cref="Resolve"/> and the configuration (for the storage provider and its connection string).</summary>
    private static (string DataDirectory, StorageOptions Options, IConfiguration Configuration) ResolveWithConfiguration(ParseResult parseResult)
    {
        var dataDirectory = HostEnvironment.ResolveDataDirectory(parseResult.GetValue(CliOptions.DataDir));
        using var services = CliServices.Build(parseResult, dataDirectory: dataDirectory);
        return (dataDirectory, services.GetRequiredService<IOptions<StorageOptions>>().Value, services.GetRequiredService<IConfiguration>());
    }

    private static string Spelling(StoreStatus status) => status switch
    {
        StoreStatus.Ok => "ok",
        StoreStatus.Absent => "absent",
        StoreStatus.Skipped => "skipped",
        StoreStatus.Damaged => "damaged",
        StoreStatus.WrongPassword => "wrong password",
        StoreStatus.PasswordNeeded => "password needed",
        StoreStatus.NewerVersion => "newer version",
        StoreStatus.Unencrypted => "unencrypted",
        StoreStatus.Unreadable => "unreadable",
        StoreStatus.Unreachable => "unreachable",
        StoreStatus.OlderVersion => "older version",
        StoreStatus.Missing => "missing",
        _ => "unfinished",
    };
}
