namespace WhatStyle.Tools.Storage;

/// <summary>
/// Who uses a data directory's bridge files: a running bridge holds <see cref="BridgeFiles.LockFile"/> open exclusively
/// for as long as it runs, and publishes the address its admin endpoint answers at in <see cref="BridgeFiles.AdminUrlFile"/>.
/// The CLI reads bridge.db only while it holds the lock itself, so it can never open the file beside a live LiteDB
/// writer, wherever that bridge listens. The operating system releases the lock when the process ends however it ends,
/// so a lock file left by a crash is not locked.
/// </summary>
/// <remarks>
/// The address is in a file of its own because an exclusively opened file cannot be read by another .NET process
/// (on Unix, FileStream takes an flock: exclusive for FileShare.None, shared for every other open, so they conflict).
/// </remarks>
public sealed class BridgeLockFile : IDisposable
{
    private readonly FileStream _lock;
    private readonly string _dataDirectory;

    private BridgeLockFile(FileStream stream, string dataDirectory)
    {
        _lock = stream;
        _dataDirectory = dataDirectory;
    }

    /// <summary>Takes the lock, or returns null when another process (a running bridge, or the CLI reading) holds it.</summary>
    public static BridgeLockFile? TryAcquire(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        Directory.CreateDirectory(dataDirectory);
        try
        {
            // Read access is enough to lock, and a lock file another user created (the CLI run with sudo) stays openable.
            var stream = new FileStream(Path.Combine(dataDirectory, BridgeFiles.LockFile), FileMode.OpenOrCreate, FileAccess.Read, FileShare.None);
            return new BridgeLockFile(stream, dataDirectory);
        }
        catch (IOException)
        {
            // Sharing violation (Windows) or an flock held elsewhere (Unix): someone holds it.
            return null;
        }
    }

    /// <summary>The admin address the running bridge published, or null when it has not (yet) or it is unreadable.</summary>
    public static Uri? ReadAdminUrl(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        try
        {
            var text = File.ReadAllText(Path.Combine(dataDirectory, BridgeFiles.AdminUrlFile)).Trim();
            return Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" ? url : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Publishes the admin address (written aside and renamed, so a reader never sees half of it).</summary>
    public void PublishAdminUrl(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = Path.Combine(_dataDirectory, BridgeFiles.AdminUrlFile);
        File.WriteAllText(path + ".tmp", url.ToString());
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>Removes the published address (a holder that does not run a bridge, or one shutting down).</summary>
    public void WithdrawAdminUrl() => File.Delete(Path.Combine(_dataDirectory, BridgeFiles.AdminUrlFile));

    public void Dispose() => _lock.Dispose();
}
