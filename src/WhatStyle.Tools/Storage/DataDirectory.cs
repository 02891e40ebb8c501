namespace WhatStyle.Tools.Storage;

/// <summary>Where WhatStyle keeps its data: the CLI, the MCP server and the bridge all resolve it the same way.</summary>
public static class DataDirectory
{
    /// <summary>Environment variable that overrides the default location; hosts read it (WhatStyle.Hosting), not this library.</summary>
    public const string EnvironmentVariable = "WHATSTYLE_DATA_DIR";

    /// <summary>
    /// Resolves the data directory: the given path (a host passes <c>--data-dir</c>, else <c>WHATSTYLE_DATA_DIR</c>),
    /// else <c>~/.whatstyle</c>. The directory is created if missing.
    /// </summary>
    public static string Resolve(string? explicitPath = null)
    {
        var path = explicitPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".whatstyle");
        }

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(full);
        return full;
    }
}
