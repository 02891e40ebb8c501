using System.Globalization;
using LiteDB;

namespace WhatStyle.Tools.Storage;

/// <summary>Opens the one WhatStyle database file and proves it is readable, so a bad password or a damaged file fails at once with a clear message.</summary>
internal static class LiteDatabaseFactory
{
    public static ILiteDatabase Open(StorageOptions options, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, options.FileName);
        var connection = new ConnectionString
        {
            Filename = path,
            Connection = string.Equals(options.Connection, "direct", StringComparison.OrdinalIgnoreCase)
                ? ConnectionType.Direct
                : ConnectionType.Shared,
            Password = string.IsNullOrEmpty(options.Password) ? null : options.Password,

            // Ordinal: ids such as wamids are case-sensitive, and range keys must sort by code point, not by a
            // culture's rules (ICU puts "~" before digits). Applies when the file is created.
            Collation = new Collation(CultureInfo.InvariantCulture.LCID, CompareOptions.Ordinal),
        };

        LiteDatabase? database = null;
        try
        {
            database = new LiteDatabase(connection, new BsonMapper());

            // LiteDB opens lazily; touching the header here turns "wrong password" or "damaged" into a startup error
            // instead of a surprise in the middle of an import.
            _ = StorageGuard.Run(path, () => database.GetCollectionNames().ToList());
            StorageGuard.Run(path, () => StoreSchema.Check(database, path, StoreSchema.DataDatabase));
            return database;
        }
        catch (Exception ex) when (StorageGuard.Translate(path, ex) is { } translated)
        {
            DisposeQuietly(database);
            throw translated;
        }
    }

    private static void DisposeQuietly(LiteDatabase? database)
    {
        try
        {
            database?.Dispose();
        }
#pragma warning disable CA1031 // The open already failed; a second failure while closing must not hide the first.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
