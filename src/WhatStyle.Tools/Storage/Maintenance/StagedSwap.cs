namespace WhatStyle.Tools.Storage.Maintenance;

/// <summary>
/// Replaces a set of files in the data directory all at once, as far as a crash can tell: the new files are built and
/// verified in <c>&lt;data-dir&gt;/.whatstyle-swap/new/</c> while the old ones stay untouched; then one renamed file,
/// <c>commit</c>, lists what goes out and what comes in. Before it exists a crash leaves the old directory whole (the
/// staging folder is dropped by <see cref="Recover"/>); after it, <see cref="Recover"/> finishes the moves, each of which
/// can be redone, so a crash leaves the new directory whole once any <c>whatstyle storage</c> command has run.
/// </summary>
internal sealed class StagedSwap
{
    /// <summary>The staging folder's name inside the data directory.</summary>
    public const string FolderName = ".whatstyle-swap";

    private const string CommitFile = "commit";
    private const string OutPrefix = "out ";
    private const string InPrefix = "in ";

    private readonly string _dataDirectory;
    private readonly string _folder;

    private StagedSwap(string dataDirectory)
    {
        _dataDirectory = dataDirectory;
        _folder = Path.Combine(dataDirectory, FolderName);
    }

    /// <summary>Called after each step with its name (tests make one fail to play a crash there).</summary>
    public Action<string>? AfterStep { get; init; }

    /// <summary>Starts a new staging folder (finishing or dropping any earlier one first).</summary>
    public static StagedSwap Begin(string dataDirectory, Action<string>? afterStep = null)
    {
        _ = Recover(dataDirectory);
        var swap = new StagedSwap(dataDirectory) { AfterStep = afterStep };
        Directory.CreateDirectory(Path.Combine(swap._folder, "new"));
        Directory.CreateDirectory(Path.Combine(swap._folder, "work"));
        return swap;
    }

    /// <summary>Where the new file for <paramref name="relativePath"/> is built.</summary>
    public string NewPath(string relativePath)
    {
        var path = Path.Combine(_folder, "new", relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>A scratch file, dropped with the staging folder.</summary>
    public string WorkPath(string name) => Path.Combine(_folder, "work", name);

    public void Step(string name) => AfterStep?.Invoke(name);

    /// <summary>
    /// The point of no return: records that <paramref name="outgoing"/> (relative paths that exist now) leave and every
    /// file built under new/ comes in, then makes the moves.
    /// </summary>
    public void Commit(IEnumerable<string> outgoing)
    {
        var newRoot = Path.Combine(_folder, "new");
        var incoming = Directory.EnumerateFiles(newRoot, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(newRoot, f));
        var lines = outgoing.Where(r => File.Exists(Path.Combine(_dataDirectory, r))).Select(r => OutPrefix + r)
            .Concat(incoming.Select(r => InPrefix + r));
        var commit = Path.Combine(_folder, CommitFile);
        using (var stream = new FileStream(commit + ".tmp", FileMode.Create, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(stream))
        {
            foreach (var line in lines)
            {
                writer.WriteLine(line);
            }

            writer.Flush();
            stream.Flush(flushToDisk: true);
        }

        File.Move(commit + ".tmp", commit);
        Step("committed");
        Apply(_dataDirectory, _folder, Step);
    }

    /// <summary>Drops the staging folder; call when the work failed before <see cref="Commit"/>.</summary>
    public void Abandon()
    {
        if (!File.Exists(Path.Combine(_folder, CommitFile)))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    /// <summary>
    /// Finishes a committed swap or drops an uncommitted one. Returns what it did, or null when there was nothing.
    /// </summary>
    public static string? Recover(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, FolderName);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        if (!File.Exists(Path.Combine(folder, CommitFile)))
        {
            Directory.Delete(folder, recursive: true);
            return "an earlier storage command stopped before it changed anything; its unfinished copy was removed";
        }

        Apply(dataDirectory, folder, _ => { });
        return "an earlier storage command stopped half-way through replacing files; it has been finished";
    }

    /// <summary>True while a committed swap waits to be finished (the data directory is then half old, half new).</summary>
    public static bool Pending(string dataDirectory) => File.Exists(Path.Combine(dataDirectory, FolderName, CommitFile));

    private static void Apply(string dataDirectory, string folder, Action<string> step)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, CommitFile));
        foreach (var relative in lines.Where(l => l.StartsWith(OutPrefix, StringComparison.Ordinal)).Select(l => l[OutPrefix.Length..]))
        {
            // Moved out once only: after a crash, the file at this path may already be the new one.
            var aside = Path.Combine(folder, "old", relative);
            var current = Path.Combine(dataDirectory, relative);
            if (!File.Exists(aside) && File.Exists(current))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(aside)!);
                File.Move(current, aside);
                step("out:" + relative);
            }
        }

        foreach (var relative in lines.Where(l => l.StartsWith(InPrefix, StringComparison.Ordinal)).Select(l => l[InPrefix.Length..]))
        {
            var built = Path.Combine(folder, "new", relative);
            if (File.Exists(built))
            {
                var target = Path.Combine(dataDirectory, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(built, target, overwrite: true);
                step("in:" + relative);
            }
        }

        // The old files go with the folder: with encryption, they are the clear copies.
        Directory.Delete(folder, recursive: true);
    }
}
