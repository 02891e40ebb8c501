using WhatStyle.Tools.Storage;

namespace WhatStyle.Cli;

/// <summary>
/// <c>--dry-run</c>: a throwaway copy of the data directory for a command to work in, deleted afterwards, so the real
/// one is never written (contacts, history, learned style, the retry queue). The bridge's own files are left out: the
/// reply path never reads them, and its database can be large.
/// </summary>
internal sealed class DryRunDataDirectory : IDisposable
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        BridgeFiles.DatabaseFile, BridgeFiles.LockFile, BridgeFiles.AdminUrlFile, BridgeFiles.RequestsFolder,
    };

    private DryRunDataDirectory(string path) => Path = path;

    /// <summary>The copy to use as the data directory.</summary>
    public string Path { get; }

    /// <summary>Copies <paramref name="source"/> (which may not exist yet) into a new temporary folder.</summary>
    public static DryRunDataDirectory CopyOf(string source)
    {
        var copy = Directory.CreateTempSubdirectory("whatstyle-dry-run-").FullName;
        if (Directory.Exists(source))
        {
            CopyFolder(source, copy);
        }

        return new DryRunDataDirectory(copy);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: it is in the temp folder, which the OS cleans.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from))
        {
            var name = System.IO.Path.GetFileName(file);
            if (!Skipped.Contains(name) && !name.StartsWith(BridgeFiles.DatabaseFile, StringComparison.Ordinal))
            {
                File.Copy(file, System.IO.Path.Combine(to, name));
            }
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            var name = System.IO.Path.GetFileName(folder);
            if (!Skipped.Contains(name))
            {
                var target = System.IO.Path.Combine(to, name);
                Directory.CreateDirectory(target);
                CopyFolder(folder, target);
            }
        }
    }
}
