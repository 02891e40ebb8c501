using LiteDB;

namespace WhatStyle.Tools.Storage;

/// <summary>Turns LiteDB and file-system failures into <see cref="StorageException"/> with a message a person can act on.</summary>
internal static class StorageGuard
{
    public static T Run<T>(string path, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (Translate(path, ex) is { } translated)
        {
            throw translated;
        }
    }

    public static void Run(string path, Action action) => Run(path, () =>
    {
        action();
        return 0;
    });

    /// <summary>The storage error for <paramref name="ex"/>, or null when it is not a storage failure (e.g. a bug or cancellation).</summary>
    /// <summary>
    /// What LiteDB throws when it reads pages or documents that are not what it wrote: a damaged file (or, opening a
    /// clear file with a password, a wrong one). The storage check, repair and salvage all judge damage by this list.
    /// </summary>
    public static bool SignalsDamage(Exception ex) =>
        ex is LiteDB.LiteException or InvalidCastException or ArgumentException or IndexOutOfRangeException or EndOfStreamException or FormatException or OverflowException;

    public static StorageException? Translate(string path, Exception ex) => ex switch
    {
        StorageException storage => storage,
        // LiteDB gives one error for a damaged header, a newer file format and (for a clear file) a wrong password;
        // the header itself says which it is.
        LiteException { ErrorCode: LiteException.INVALID_DATABASE } => FromHeader(path, ex),
        LiteException { ErrorCode: LiteException.INVALID_PASSWORD } =>
            new StorageException($"The database '{path}' could not be opened: the password is wrong (check Storage:Password or {StorageOptions.PasswordEnvironmentVariable}).", ex),
        LiteException lite when lite.Message.Contains("encrypted and needs a password", StringComparison.OrdinalIgnoreCase) =>
            new StorageException($"The database '{path}' is encrypted: set {StorageOptions.PasswordEnvironmentVariable} or Storage:Password.", ex),
        LiteException { ErrorCode: LiteException.NOT_ENCRYPTED } =>
            new StorageException($"The database '{path}' was made without a password, but a password is set: {StorageOptions.UnencryptedDirectoryAdvice}.", ex),
        IOException io when IsLocked(io) =>
            new StorageException($"The database '{path}' is locked by another program; close it (or run every WhatStyle process with Storage:Connection=shared) and try again.", ex),
        LiteException lite =>
            new StorageException($"The database '{path}' could not be used: {OneLine(lite.Message)}", ex),
        EndOfStreamException =>
            new StorageException(Damaged(path), ex),
        IOException io =>
            new StorageException($"The database '{path}' could not be read or written: {OneLine(io.Message)}", ex),
        UnauthorizedAccessException =>
            new StorageException($"The database '{path}' is not accessible: check the file's permissions.", ex),
        ArgumentOutOfRangeException or InvalidCastException or IndexOutOfRangeException or FormatException or OverflowException =>
            new StorageException(Damaged(path), ex),
        _ => null,
    };

    private static StorageException FromHeader(string path, Exception ex) => LiteFileHeader.Classify(path) switch
    {
        LiteFileKind.Newer =>
            new StorageException($"The database '{path}' was written by a newer version of WhatStyle's storage engine: run the WhatStyle version that wrote it, or restore a backup made by this one.", ex),
        LiteFileKind.Encrypted =>
            new StorageException($"The database '{path}' could not be opened: the password is wrong (check Storage:Password or {StorageOptions.PasswordEnvironmentVariable}).", ex),
        _ => new StorageException(Damaged(path), ex),
    };

    private static string Damaged(string path) =>
        $"The database '{path}' is damaged: move it aside (mv {path} {path}.damaged) and restore a backup; WhatStyle makes a new empty one otherwise.";

    private static bool IsLocked(IOException io) =>
        io.Message.Contains("being used by another process", StringComparison.OrdinalIgnoreCase)
        || io.HResult is unchecked((int)0x80070020) or unchecked((int)0x80070021);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
