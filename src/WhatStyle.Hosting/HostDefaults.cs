namespace WhatStyle.Hosting;

/// <summary>Process defaults shared by every WhatStyle host.</summary>
public static class HostDefaults
{
    /// <summary>Exit code of a start-up or user error (one line on stderr).</summary>
    public const int StartupErrorExitCode = 1;
}
