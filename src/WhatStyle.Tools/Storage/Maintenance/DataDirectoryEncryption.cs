using LiteDB;

namespace WhatStyle.Tools.Storage.Maintenance;

/// <summary>
/// <c>whatstyle storage encrypt</c>: turns a data directory made without a password into an encrypted one, losing
/// nothing. <c>whatstyle.db</c>, <c>bridge.db</c> (with their LiteDB logs) and the inbox log are rewritten encrypted into
/// a staging folder, compared with the originals document by document and record by record, and only then swapped in
/// (<see cref="StagedSwap"/>): a crash leaves the old directory or the new one, never a mix. The inbox cursor in
/// bridge.db is a byte offset into the inbox log, and sealed records are longer, so it is moved to the same record.
/// Runs only while it holds the bridge's lock, so no bridge writes meanwhile.
/// </summary>
public sealed class DataDirectoryEncryption
{
    private readonly string _dataDirectory;
    private readonly string _databaseFile;
    private readonly string _password;

    /// <param name="dataDirectory">The data directory.</param>
    /// <param name="databaseFile">Storage:FileName (whatstyle.db).</param>
    /// <param name="password">The configured storage password the directory is to be encrypted with.</param>
    public DataDirectoryEncryption(string dataDirectory, string databaseFile, string password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseFile);
        ArgumentException.ThrowIfNullOrEmpty(password);
        _dataDirectory = dataDirectory;
        _databaseFile = databaseFile;
        _password = password;
    }

    /// <summary>Hears how far each store is: documents (or inbox records) done of its total; for a progress bar.</summary>
    public IProgress<StoreProgress>? Progress { get; init; }

    /// <summary>Called after each step (tests play a crash there).</summary>
    internal Action<string>? AfterStep { get; init; }

    /// <summary>
    /// Encrypts what is still clear, or with <paramref name="dryRun"/> only says what it would do. Each line of progress
    /// goes to <paramref name="report"/>. Returns the number of stores encrypted (or that would be).
    /// </summary>
    /// <exception cref="StorageException">A bridge runs, a store is damaged or from a newer version, or a copy did not verify; nothing was changed.</exception>
    public int Run(bool dryRun, Action<string> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var held = BridgeLockFile.TryAcquire(_dataDirectory)
            ?? throw new StorageException($"A bridge is running with {_dataDirectory} (it holds {BridgeFiles.LockFile}): stop it, then run this again.");
        if (!dryRun && StagedSwap.Recover(_dataDirectory) is { } recovered)
        {
            report(recovered + ".");
        }

        var databases = new[] { _databaseFile, BridgeFiles.DatabaseFile }
            .Where(name => NeedsEncryption(name, report))
            .ToList();
        var inboxDirectory = Path.Combine(_dataDirectory, BridgeFiles.InboxFolder);
        var inboxSealed = File.Exists(Path.Combine(inboxDirectory, InboxCipher.KeyFileName));
        var inbox = inboxSealed ? null : InboxEncryption.Read(inboxDirectory);
        if (inbox is null)
        {
            report($"{BridgeFiles.InboxFolder}/: {(inboxSealed ? "already encrypted" : "no records to encrypt")}");
        }
        else if (!databases.Contains(BridgeFiles.DatabaseFile) && File.Exists(PathOf(BridgeFiles.DatabaseFile)))
        {
            // Already encrypted, but its inbox cursor must move with the sealed records: rewritten under the same password.
            databases.Add(BridgeFiles.DatabaseFile);
        }

        var stores = databases.Count + (inbox is null ? 0 : 1);
        if (dryRun || stores == 0)
        {
            foreach (var name in databases)
            {
                report($"{name}: would be encrypted");
            }

            if (inbox is not null)
            {
                report($"{BridgeFiles.InboxFolder}/: {inbox.RecordCount} record(s) would be encrypted (the bridge's inbox cursor moved with them)");
            }

            WarnAboutCutFiles(inboxDirectory, report);
            return stores;
        }

        var swap = StagedSwap.Begin(_dataDirectory, AfterStep);
        try
        {
            var outgoing = Stage(swap, databases, inbox, report);
            report("swapping the encrypted files in");
            swap.Commit(outgoing);
        }
        catch (Exception) when (!StagedSwap.Pending(_dataDirectory))
        {
            // Nothing of the data directory was changed: the staged copies go.
            TryAbandon(swap);
            throw;
        }

        WarnAboutCutFiles(inboxDirectory, report);
        return stores;
    }

    private List<string> Stage(StagedSwap swap, IReadOnlyList<string> databases, InboxEncryption? inbox, Action<string> report)
    {
        var outgoing = new List<string>();
        foreach (var name in databases)
        {
            // The source is a copy (with its LiteDB log), read from the staging folder: the original is never opened for writing.
            var copy = swap.WorkPath(name);
            File.Copy(PathOf(name), copy);
            if (File.Exists(BridgeFiles.LiteLogFileOf(PathOf(name))))
            {
                File.Copy(BridgeFiles.LiteLogFileOf(PathOf(name)), BridgeFiles.LiteLogFileOf(copy));
            }

            swap.Step("copied:" + name);
            var sourcePassword = LiteFileHeader.Classify(copy) == LiteFileKind.Encrypted ? _password : null;
            var change = name == BridgeFiles.DatabaseFile && inbox is not null ? MoveCursor(inbox) : null;
            report($"{name}: encrypting");
            var documents = Progress is null ? null : new StoreProgressAdapter(name, Progress);
            var counts = StorageGuard.Run(PathOf(name), () => LiteFiles.Copy(copy, sourcePassword, swap.NewPath(name), _password, change, report, documents));
            if (StorageGuard.Run(PathOf(name), () => LiteFiles.Difference(copy, sourcePassword, swap.NewPath(name), _password, change)) is { } difference)
            {
                throw new StorageException($"The encrypted copy of '{PathOf(name)}' did not match it ({difference}); nothing was changed.");
            }

            report($"{name}: encrypted and verified ({counts.Values.Sum()} document(s) in {counts.Count} collection(s))");
            swap.Step("verified:" + name);
            outgoing.Add(name);
            outgoing.Add(Path.GetFileName(BridgeFiles.LiteLogFileOf(PathOf(name))));
        }

        if (inbox is not null)
        {
            var target = Path.GetDirectoryName(swap.NewPath(Path.Combine(BridgeFiles.InboxFolder, InboxCipher.KeyFileName)))!;
            inbox.WriteSealed(target, _password);
            if (inbox.Difference(target, _password) is { } difference)
            {
                throw new StorageException($"The encrypted inbox log did not match the clear one ({difference}); nothing was changed.");
            }

            report($"{BridgeFiles.InboxFolder}/: {inbox.RecordCount} record(s) encrypted and verified");
            Progress?.Report(new StoreProgress(BridgeFiles.InboxFolder + "/", inbox.RecordCount, inbox.RecordCount));
            swap.Step("verified:inbox");
            outgoing.AddRange(inbox.SegmentFiles);
        }

        return outgoing;
    }

    private static Func<string, BsonDocument, BsonDocument> MoveCursor(InboxEncryption inbox) => (collection, document) =>
    {
        if (collection == BridgeFiles.CursorsCollection && document["_id"] == BridgeFiles.InboxCursorId)
        {
            document["Offset"] = inbox.MapOffset(document["Segment"].AsInt64, document["Offset"].AsInt64);
        }

        return document;
    };

    /// <summary>True when <paramref name="name"/> is a clear database; refuses one that cannot be encrypted as it is.</summary>
    private bool NeedsEncryption(string name, Action<string> report)
    {
        var path = PathOf(name);
        if (!File.Exists(path))
        {
            report($"{name}: none");
            return false;
        }

        switch (LiteFileHeader.Classify(path))
        {
            case LiteFileKind.Empty:
                report($"{name}: empty");
                return false;
            case LiteFileKind.Encrypted:
                report($"{name}: already encrypted");
                return false;
            case LiteFileKind.Current:
                return true;
            case LiteFileKind.Newer:
                throw new StorageException($"The database '{path}' was written by a newer version of WhatStyle's storage engine: encrypt it with that version.");
            case LiteFileKind.Unreadable:
                throw new StorageException($"The database '{path}' cannot be read: check its permissions.");
            default:
                throw new StorageException($"The database '{path}' is damaged: run `whatstyle storage repair` first, then encrypt.");
        }
    }

    private static void WarnAboutCutFiles(string inboxDirectory, Action<string> report)
    {
        if (Directory.Exists(inboxDirectory) && Directory.EnumerateFiles(inboxDirectory, "*.cut-*").Any())
        {
            report($"note: {inboxDirectory} holds *.cut-* files (bytes the bridge cut from a torn log tail, in clear); check and delete them.");
        }
    }

    private static void TryAbandon(StagedSwap swap)
    {
        try
        {
            swap.Abandon();
        }
        catch (IOException)
        {
            // The next storage command drops it (StagedSwap.Recover).
        }
    }

    private string PathOf(string name) => Path.Combine(_dataDirectory, name);

    private sealed class StoreProgressAdapter(string store, IProgress<StoreProgress> progress) : IProgress<(long Done, long Total)>
    {
        public void Report((long Done, long Total) value) => progress.Report(new StoreProgress(store, value.Done, value.Total));
    }
}

/// <summary>How far one store's encryption is: <paramref name="Done"/> of <paramref name="Total"/> documents or records.</summary>
public sealed record StoreProgress(string Store, long Done, long Total);
