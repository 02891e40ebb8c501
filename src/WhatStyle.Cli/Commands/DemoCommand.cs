using System.CommandLine;
using Spectre.Console;
using WhatStyle.Cli.Demo;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle demo`: the owner's scenarios end to end, offline, in a temporary data directory.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var offline = new Option<bool>("--offline") { Description = "Ignore configured providers: every reply comes from the offline responder." };
        var command = new Command("demo", "Replay the owner's scenarios end to end (works offline with no keys; uses a temporary data folder unless --data-dir is given).") { offline };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var explicitDir = parseResult.GetValue(CliOptions.DataDir);
            var dataDirectory = explicitDir is { Length: > 0 } ? Path.GetFullPath(explicitDir) : Directory.CreateTempSubdirectory("whatstyle-demo-").FullName;
            var output = parseResult.InvocationConfiguration.Output;
            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = ReferenceEquals(output, Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = ReferenceEquals(output, Console.Out) ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            try
            {
                await new DemoRunner(console, dataDirectory, parseResult.GetValue(offline)).RunAsync(cancellationToken);
            }
            finally
            {
                if (explicitDir is null)
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
