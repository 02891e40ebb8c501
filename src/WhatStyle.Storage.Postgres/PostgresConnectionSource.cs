using Microsoft.Extensions.Options;
using Npgsql;

namespace WhatStyle.Storage.Postgres;

/// <summary>
/// Opens connections to the migrated database for stores that live outside this library: the WhatsApp bridge keeps its
/// own state (inbox positions, messages, chats, outbox, statuses) in tables of migration step 5 and reaches them
/// through this, synchronously, because its transactions are bound to one thread (no awaits inside).
/// </summary>
public sealed class PostgresConnectionSource : IDisposable
{
    private readonly PostgresDatabase _database;
    private readonly bool _owned;

    internal PostgresConnectionSource(PostgresDatabase database, bool owned = false)
    {
        _database = database;
        _owned = owned;
    }

    /// <summary>A source with a pool of its own (tests and tools); the host's comes from <c>AddWhatStylePostgres</c>.</summary>
    public static PostgresConnectionSource Create(string connectionString) =>
        new(new PostgresDatabase(Options.Create(new PostgresStorageOptions { ConnectionString = connectionString })), owned: true);

    /// <summary>"host:port/database", for messages (never the password).</summary>
    public string Where => _database.Where;

    /// <summary>An open pooled connection; the schema is migrated first, once per process.</summary>
    /// <exception cref="WhatStyle.Tools.Storage.StorageException">The server cannot be reached (the message names it, never the password).</exception>
    public NpgsqlConnection Open() => _database.OpenMigrated();

    /// <summary>The cause of a database failure in one line (SQLSTATE and text, or the network reason), or null for other failures.</summary>
    public static string? Describe(Exception exception) => PostgresDatabase.Describe(exception);

    public void Dispose()
    {
        if (_owned)
        {
            _database.Dispose();
        }
    }
}
