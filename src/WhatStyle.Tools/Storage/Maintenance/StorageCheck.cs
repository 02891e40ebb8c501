using LiteDB;

namespace WhatStyle.Tools.Storage.Maintenance;

/// <summary>
/// <c>whatstyle storage check</c>: opens each store of a data directory read-only and says, per file, whether it can be
/// used with the configured password: <c>ok</c>, or what is wrong (see <see cref="StoreStatus"/>). bridge.db and the
/// inbox log are read only while no bridge runs (their lock is free); otherwise the bridge's <c>/healthz</c> reports them.
/// </summary>
public static class StorageCheck
{
    /// <summary>One result per store, in a fixed order.</summary>
    public static IReadOnlyList<StoreCheckResult> Run(string dataDirectory, string databaseFile, string? password)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentException.ThrowIfNullOrWhiteSpace(databaseFile);
        password = string.IsNullOrEmpty(password) ? null : password;
        var results = new List<StoreCheckResult>();
        if (StagedSwap.Pending(dataDirectory))
        {
            results.Add(new(StagedSwap.FolderName, StoreStatus.Unfinished, "an encryption stopped half-way: run `whatstyle storage encrypt` to finish it"));
        }

        results.Add(Database(Path.Combine(dataDirectory, databaseFile), password, StoreSchema.DataDatabase));
        using var held = BridgeLockFile.TryAcquire(dataDirectory);
        if (held is null)
        {
            const string Running = "a bridge is running with this data directory (its /healthz reports its storage)";
            results.Add(new(BridgeFiles.DatabaseFile, StoreStatus.Skipped, Running));
            results.Add(new(BridgeFiles.InboxFolder, StoreStatus.Skipped, Running));
            return results;
        }

        results.Add(Database(Path.Combine(dataDirectory, BridgeFiles.DatabaseFile), password, StoreSchema.BridgeDatabase));
        results.Add(Inbox(Path.Combine(dataDirectory, BridgeFiles.InboxFolder), password));
        return results;
    }

    /// <summary>What is wrong with one LiteDB file, read-only: header, password, data version, then every document.</summary>
    public static StoreCheckResult Database(string path, string? password, int schema)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            return new(name, StoreStatus.Absent, "not created yet");
        }

        switch (LiteFileHeader.Classify(path))
        {
            case LiteFileKind.Empty:
                return new(name, StoreStatus.Ok, "empty");
            case LiteFileKind.Damaged:
                return new(name, StoreStatus.Damaged, "damaged header: run `whatstyle storage repair`");
            case LiteFileKind.Newer:
                return new(name, StoreStatus.NewerVersion, "written by a newer version of WhatStyle's storage engine: upgrade WhatStyle");
            case LiteFileKind.Unreadable:
                return new(name, StoreStatus.Unreadable, "cannot be read: check its permissions");
            case LiteFileKind.Encrypted when password is null:
                return new(name, StoreStatus.PasswordNeeded, $"encrypted, but no password is set: set {StorageOptions.PasswordEnvironmentVariable} or Storage:Password");
            case LiteFileKind.Current when password is not null:
                return new(name, StoreStatus.Unencrypted, "unencrypted while a password is set: run `whatstyle storage encrypt`");
        }

        try
        {
            using var database = LiteFiles.Open(path, password, readOnly: true);
            if (database.UserVersion > schema)
            {
                return new(name, StoreStatus.NewerVersion, $"written by a newer version of WhatStyle (data version {database.UserVersion}; this one reads up to {schema}): upgrade WhatStyle");
            }

            var documents = 0;
            foreach (var collection in database.GetCollectionNames())
            {
                try
                {
                    documents += database.GetCollection(collection).FindAll().Count();
                }
                catch (Exception ex) when (StorageGuard.SignalsDamage(ex))
                {
                    return new(name, StoreStatus.Damaged, $"collection '{collection}' cannot be read ({OneLine(ex.Message)}): run `whatstyle storage repair`");
                }
            }

            return new(name, StoreStatus.Ok, $"{documents} document(s)");
        }
        catch (LiteException ex) when (ex.ErrorCode is LiteException.INVALID_PASSWORD or LiteException.INVALID_DATABASE && password is not null)
        {
            return new(name, StoreStatus.WrongPassword, $"the password is wrong (check Storage:Password or {StorageOptions.PasswordEnvironmentVariable})");
        }
        catch (Exception ex) when (StorageGuard.SignalsDamage(ex))
        {
            return new(name, StoreStatus.Damaged, $"cannot be opened ({OneLine(ex.Message)}): run `whatstyle storage repair`");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new(name, StoreStatus.Unreadable, $"cannot be read: {OneLine(ex.Message)}");
        }
    }

    /// <summary>What is wrong with the inbox log: its key (wrong password), clear records under a password, damaged records.</summary>
    public static StoreCheckResult Inbox(string inboxDirectory, string? password)
    {
        var name = BridgeFiles.InboxFolder;
        var segments = InboxLogFormat.Segments(inboxDirectory);
        var keyFile = Path.Combine(inboxDirectory, InboxCipher.KeyFileName);
        if (segments.Count == 0 && !File.Exists(keyFile))
        {
            return new(name, StoreStatus.Absent, "no inbox log yet");
        }

        if (password is not null && !File.Exists(keyFile))
        {
            // Checked here, not through InboxCipher.Open: that would make the key file, and a check writes nothing.
            var clear = segments.Sum(s => InboxLogFormat.ReadSegment(Path.Combine(inboxDirectory, InboxLogFormat.SegmentFileName(s))).Records.Count);
            return clear > 0
                ? new(name, StoreStatus.Unencrypted, $"{clear} record(s) unencrypted while a password is set: run `whatstyle storage encrypt`")
                : new(name, StoreStatus.Ok, "no records yet");
        }

        InboxCipher? cipher;
        try
        {
            cipher = InboxCipher.Open(inboxDirectory, password);
        }
        catch (StorageException ex)
        {
            var status = password is null ? StoreStatus.PasswordNeeded
                : ex.Message.Contains("password is wrong", StringComparison.Ordinal) ? StoreStatus.WrongPassword
                : StoreStatus.Damaged;
            return new(name, status, ex.Message);
        }

        using (cipher)
        {
            var records = 0;
            foreach (var segment in segments)
            {
                var path = Path.Combine(inboxDirectory, InboxLogFormat.SegmentFileName(segment));
                var read = InboxLogFormat.ReadSegment(path);
                if (read.HasInvalidTail && segment != segments[^1])
                {
                    return new(name, StoreStatus.Damaged, $"{Path.GetFileName(path)} has bytes it cannot read at offset {read.ValidLength}: the bridge sets the damaged record aside as a dead letter");
                }

                if (cipher is not null && read.Records.FirstOrDefault(r => cipher.TryOpen(r.Body, r.ReceivedAtMs) is null) is { } bad)
                {
                    return new(name, StoreStatus.Damaged, $"{Path.GetFileName(path)}: the record at offset {bad.Offset} fails its check: the bridge sets it aside as a dead letter");
                }

                records += read.Records.Count;
            }

            return new(name, StoreStatus.Ok, $"{records} record(s) in {segments.Count} segment(s){(cipher is null ? "" : ", encrypted")}");
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}

/// <summary>One store's verdict: the file (or folder), its status and what to do.</summary>
public sealed record StoreCheckResult(string File, StoreStatus Status, string Detail)
{
    /// <summary>
    /// True when nothing needs doing (ok, not created yet, not checked because a bridge uses it, or a PostgreSQL schema the
    /// next start migrates).
    /// </summary>
    public bool Healthy => Status is StoreStatus.Ok or StoreStatus.Absent or StoreStatus.Skipped or StoreStatus.OlderVersion;
}

/// <summary>What <see cref="StorageCheck"/> found in one store.</summary>
public enum StoreStatus
{
    Ok,
    Absent,
    Skipped,
    Damaged,
    WrongPassword,
    PasswordNeeded,
    NewerVersion,
    Unencrypted,
    Unreadable,
    Unfinished,

    /// <summary>A PostgreSQL server that cannot be reached or logged into, or a connection string that cannot be used.</summary>
    Unreachable,

    /// <summary>A PostgreSQL schema older than this WhatStyle's: the next start applies the newer steps.</summary>
    OlderVersion,

    /// <summary>A PostgreSQL table the recorded schema version should have, but the database lacks.</summary>
    Missing,
}
