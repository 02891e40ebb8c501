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
            foreach (var error in parseResult.Errors)
            {
                await stderr.WriteLineAsync($"error: {error.Message}");
            }

            await stderr.WriteLineAsync("Run 'whatstyle --help' for usage.");
            return ExitCodes.Usage;
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
        root.Subcommands.Add(DraftsCommand.Create());
        root.Subcommands.Add(DeadLettersCommand.Create());

        return root;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
