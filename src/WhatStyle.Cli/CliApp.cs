using System.CommandLine;
using WhatStyle.Cli.Commands;
using WhatStyle.Hosting;

namespace WhatStyle.Cli;

/// <summary>The `whatstyle` command line: builds the command tree and maps outcomes to exit codes.</summary>
/// <remarks>Exit codes: 0 success, 1 user error (one line on stderr, no stack trace), 2 usage error.</remarks>
internal static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = BuildRootCommand();
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            // One line: what is wrong (a bad value lists the valid ones) and where the usage is.
            var messages = string.Join(" ", parseResult.Errors.Select(e => OneLine(e.Message)));
            await stderr.WriteLineAsync($"error: {messages} (see '{CommandPath(parseResult)} --help')");
            return ExitCodes.Usage;
        }

        if (DataDirectoryProblem(parseResult) is { } problem)
        {
            await stderr.WriteLineAsync($"error: {problem}");
            return ExitCodes.UserError;
        }

        var configuration = new InvocationConfiguration
        {
            EnableDefaultExceptionHandler = false,
            Output = stdout,
            Error = stderr,
        };

        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken);
        }
        catch (UserErrorException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.UserError;
        }
        catch (Exception ex) when (StartupErrors.Describe(ex) is { } cause)
        {
            // A bad setting, a wrong password, a locked or damaged database: the cause already says what to do.
            await stderr.WriteLineAsync($"error: {OneLine(cause)}");
            return ExitCodes.UserError;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("cancelled");
            return ExitCodes.UserError;
        }
#pragma warning disable CA1031 // The CLI's last line of defence: one readable line instead of a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await stderr.WriteLineAsync($"error: {OneLine(ex.Message)} ({ex.GetType().Name}; set WHATSTYLE_DEBUG=1 for details)");
            if (Environment.GetEnvironmentVariable("WHATSTYLE_DEBUG") == "1")
            {
                await stderr.WriteLineAsync(ex.ToString());
            }

            return ExitCodes.UserError;
        }
    }

    internal static RootCommand BuildRootCommand()
    {
        var root = new RootCommand("WhatStyle: answers WhatsApp messages the way you would, in the right tone for each person.");
        root.Options.Add(CliOptions.DataDir);

        // One line per command group; each group lives in Cli/Commands/<Name>Command.cs.
        root.Subcommands.Add(VersionCommand.Create());
        root.Subcommands.Add(StickersCommand.Create());
        root.Subcommands.Add(ProvidersCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(GenerateChatCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(ReplyCommand.Create());
        root.Subcommands.Add(ChatCommand.Create());
        root.Subcommands.Add(QueueCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ContactsCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(HistoryCommand.Create());
        root.Subcommands.Add(MemoryCommand.Create());
        root.Subcommands.Add(DraftsCommand.Create());
        root.Subcommands.Add(DeadLettersCommand.Create());
        root.Subcommands.Add(StorageCommand.Create());
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(DashboardCommand.Create());

        return root;
    }

    private static string CommandPath(ParseResult parseResult)
    {
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Insert(0, result.Command is RootCommand ? "whatstyle" : result.Command.Name);
        }

        return string.Join(' ', names);
    }

    /// <summary>A data directory that is a file would otherwise fail deep inside storage with an unhelpful I/O message.</summary>
    private static string? DataDirectoryProblem(ParseResult parseResult)
    {
        var explicitPath = parseResult.GetValue(CliOptions.DataDir);
        var (path, from) = !string.IsNullOrWhiteSpace(explicitPath)
            ? (explicitPath, "--data-dir")
            : (Environment.GetEnvironmentVariable(WhatStyle.Tools.Storage.DataDirectory.EnvironmentVariable), WhatStyle.Tools.Storage.DataDirectory.EnvironmentVariable);
        return !string.IsNullOrWhiteSpace(path) && File.Exists(path)
            ? $"{from} {path} is a file, not a directory; point it at a folder (it is created when missing)."
            : null;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
