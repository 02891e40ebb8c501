using System.CommandLine;
using System.Reflection;

namespace WhatStyle.Cli.Commands;

/// <summary>`whatstyle version`: prints the version, for bug reports.</summary>
internal static class VersionCommand
{
    public static Command Create()
    {
        var command = new Command("version", "Print the WhatStyle version.");
        command.SetAction(parseResult =>
        {
            var version = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
            parseResult.InvocationConfiguration.Output.WriteLine($"whatstyle {version}");
            return ExitCodes.Success;
        });
        return command;
    }
}
