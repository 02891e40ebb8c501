namespace WhatStyle.Tools.Storage;

/// <summary>
/// Finds the team's shared folder (labelled data and fixtures), which lives beside the checkout as ../shared and
/// is never copied into the repository.
/// </summary>
public static class SharedFolder
{
    /// <summary>Overrides the search: the path of the shared folder itself (read by hosts and tests, passed in as <c>root</c>).</summary>
    public const string EnvironmentVariable = "WHATSTYLE_SHARED_DIR";

    /// <summary>Returns the shared folder, or null when it cannot be found.</summary>
    /// <param name="root">An explicit shared folder (e.g. from WHATSTYLE_SHARED_DIR); when given, no search is made.</param>
    /// <remarks>Without a root, looks for a sibling "shared" of each ancestor of the current and base directories.</remarks>
    public static string? LocateRoot(string? root = null)
    {
        if (!string.IsNullOrWhiteSpace(root))
        {
            return Directory.Exists(root) ? Path.GetFullPath(root) : null;
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

    /// <summary>A sub-folder of the shared folder (e.g. "data/goemotions"), found by searching, or null when absent.</summary>
    public static string? Locate(string relativePath) => Locate(relativePath, root: null);

    /// <summary>A sub-folder of the shared folder (e.g. "data/goemotions") under <paramref name="root"/> or found by searching, or null when absent.</summary>
    public static string? Locate(string relativePath, string? root)
    {
        var folder = LocateRoot(root);
        if (folder is null)
        {
            return null;
        }

        var path = Path.Combine(folder, relativePath);
        return Directory.Exists(path) || File.Exists(path) ? path : null;
    }
}
