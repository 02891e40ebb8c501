using WhatStyle.Cli;

namespace WhatStyle.Agent;

/// <summary>Entry point of the `whatstyle` command line.</summary>
/// <remarks>A named class rather than top-level statements, so projects that reference this one see no clashing `Program`.</remarks>
internal static class WhatStyleCli
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args, Console.Out, Console.Error);
}
