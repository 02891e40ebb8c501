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
    /// <exception cref="StorageException">The directory cannot be created there (a read-only place, no permission).</exception>
    public static string Resolve(string? explicitPath = null)
    {
        var full = Locate(explicitPath);
        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The runtime's own message names only a path ("Could not find file '/proc/x'"), never that it was the
            // data directory being made, nor what to do about it.
            throw new StorageException($"The data directory {full} cannot be created ({ex.Message.TrimEnd('.')}); point it at a folder you can write to.", ex);
        }

        return full;
    }

    /// <summary>Where <see cref="Resolve"/> would point, without creating anything (e.g. for a dry run).</summary>
    public static string Locate(string? explicitPath = null)
    {
        var path = explicitPath;
        if (string.IsNullOrWhiteSpace(path))
        {
            path = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".whatstyle");
        }

        return Path.GetFullPath(path);
    }
}
