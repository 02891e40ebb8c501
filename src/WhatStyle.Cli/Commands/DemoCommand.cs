using System.CommandLine;
using Spectre.Console;
using WhatStyle.Cli.Demo;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle demo`: the owner's scenarios end to end, offline, in a temporary data directory.</summary>
internal static class DemoCommand
{
    /// <summary>Wide enough that no line of the demo is ever wrapped when its output is not a terminal.</summary>
    internal const int RedirectedWidth = 100_000;

    public static Command Create()
    {
        var offline = new Option<bool>("--offline") { Description = "Ignore configured providers: every reply comes from the offline responder." };
        var keepData = new Option<string?>("--keep-data")
        {
            Description = "Run in this folder and keep it, so the demo's contacts can be used afterwards (whatstyle chat --data-dir DIR/main …).",
            HelpName = "DIR",
        };
        var command = new Command("demo", "Replay the owner's scenarios end to end (works offline with no keys; uses a temporary data folder unless --keep-data or --data-dir is given).") { offline, keepData };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var explicitDir = parseResult.GetValue(keepData) is { Length: > 0 } kept ? kept : parseResult.GetValue(CliOptions.DataDir);
            var dataDirectory = explicitDir is { Length: > 0 } ? Path.GetFullPath(explicitDir) : Directory.CreateTempSubdirectory("whatstyle-demo-").FullName;
            var output = parseResult.InvocationConfiguration.Output;
            var terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            if (!terminal)
            {
                // Redirected to a file or a pipe: Spectre would hard-wrap every sentence at 80 columns.
                console.Profile.Width = RedirectedWidth;
            }

            try
            {
                await new DemoRunner(console, dataDirectory, parseResult.GetValue(offline), keptData: explicitDir is { Length: > 0 }, terminal).RunAsync(cancellationToken);
            }
            finally
            {
                if (explicitDir is not { Length: > 0 })
                {
                    TryDelete(dataDirectory);
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: it is in the temp folder, which the OS cleans.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
