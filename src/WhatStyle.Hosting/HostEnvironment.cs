using WhatStyle.Tools.Storage;

namespace WhatStyle.Hosting;

/// <summary>
/// What a host takes from its environment variables. The libraries read none: hosts resolve them here and pass the
/// values in, so an embedding application decides for itself.
/// </summary>
public static class HostEnvironment
{
    /// <summary>The data directory: <paramref name="explicitPath"/> (<c>--data-dir</c>, a setting), else <c>WHATSTYLE_DATA_DIR</c>, else <c>~/.whatstyle</c>.</summary>
    public static string ResolveDataDirectory(string? explicitPath) =>
        DataDirectory.Resolve(!string.IsNullOrWhiteSpace(explicitPath) ? explicitPath : Environment.GetEnvironmentVariable(DataDirectory.EnvironmentVariable));

    /// <summary>A part of the team's shared folder: under <c>WHATSTYLE_SHARED_DIR</c> when set, else ../shared beside the checkout.</summary>
    public static string? LocateShared(string relativePath) =>
        SharedFolder.Locate(relativePath, Environment.GetEnvironmentVariable(SharedFolder.EnvironmentVariable));
}
