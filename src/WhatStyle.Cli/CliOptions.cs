using System.CommandLine;

namespace WhatStyle.Cli;

/// <summary>Options shared by every command.</summary>
internal static class CliOptions
{
    /// <summary>Where contacts, history and stickers live; defaults to WHATSTYLE_DATA_DIR, then ~/.whatstyle.</summary>
    public static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "Data directory (default: $WHATSTYLE_DATA_DIR, then ~/.whatstyle).",
        Recursive = true,
    };

    /// <summary>A fresh `--json` option (an option instance belongs to one command).</summary>
    public static Option<bool> Json() => new("--json") { Description = "Write JSON for scripts instead of a table." };
}
