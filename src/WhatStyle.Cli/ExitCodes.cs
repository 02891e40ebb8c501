namespace WhatStyle.Cli;

/// <summary>Process exit codes of the `whatstyle` command line.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int UserError = 1;
    public const int Usage = 2;
}
