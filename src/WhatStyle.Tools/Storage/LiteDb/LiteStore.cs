using LiteDB;

namespace WhatStyle.Tools.Storage.LiteDb;

/// <summary>
/// The repositories' access to the shared <see cref="ILiteDatabase"/>: every call runs synchronously inside one
/// LiteDB transaction (LiteDB transactions belong to a thread, so no await may happen inside), and failures come
/// out as <see cref="StorageException"/>.
/// </summary>
internal sealed class LiteStore(ILiteDatabase database, string path)
{
    public ILiteDatabase Database { get; } = database;

    /// <summary>The file path, for error messages.</summary>
    public string Path { get; } = path;

    /// <summary>Runs <paramref name="read"/> in a transaction too: in shared mode that opens the file once for all its lookups instead of once per lookup.</summary>
    public T Read<T>(Func<ILiteDatabase, T> read) => Write(read);

    /// <summary>Runs <paramref name="write"/> in a transaction: in shared mode this also holds the file for the whole step, so read-then-write is atomic across processes.</summary>
    public T Write<T>(Func<ILiteDatabase, T> write) => StorageGuard.Run(Path, () =>
    {
        var ownsTransaction = Database.BeginTrans();
        try
        {
            var result = write(Database);
            if (ownsTransaction)
            {
                Database.Commit();
            }

            return result;
        }
        catch
        {
            if (ownsTransaction)
            {
                Database.Rollback();
            }

            throw;
        }
    });

    public void Write(Action<ILiteDatabase> write) => Write(db =>
    {
        write(db);
        return 0;
    });
}
