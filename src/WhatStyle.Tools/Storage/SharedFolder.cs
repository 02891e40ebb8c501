namespace WhatStyle.Tools.Storage;

/// <summary>
/// Finds the team's shared folder (labelled data and fixtures), which lives beside the checkout as ../shared and
/// is never copied into the repository.
/// </summary>
public static class SharedFolder
{
    /// <summary>Overrides the search: the path of the shared folder itself.</summary>
    public const string EnvironmentVariable = "WHATSTYLE_SHARED_DIR";

    /// <summary>Returns the shared folder, or null when it cannot be found.</summary>
    /// <remarks>Looks at WHATSTYLE_SHARED_DIR, then for a sibling "shared" of each ancestor of the current and base directories.</remarks>
    public static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? Path.GetFullPath(fromEnvironment) : null;
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared");
                if (Directory.Exists(Path.Combine(candidate, "data")) || Directory.Exists(Path.Combine(candidate, "fixtures")))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    /// <summary>A sub-folder of the shared folder (e.g. "data/goemotions"), or null when absent.</summary>
    public static string? Locate(string relativePath)
    {
        var root = Locate();
        if (root is null)
        {
            return null;
        }

        var path = Path.Combine(root, relativePath);
        return Directory.Exists(path) || File.Exists(path) ? path : null;
    }
}
