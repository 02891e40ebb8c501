using System.Net.Sockets;
using Microsoft.Extensions.Options;
using Npgsql;
using WhatStyle.Storage.Postgres.Migrations;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Storage.Postgres;

/// <summary>
/// The process's one <see cref="NpgsqlDataSource"/> (its connection pool). The first use brings the schema up to date
/// (<see cref="Migrator"/>); every failure to reach or use the server comes out as a <see cref="StorageException"/>
/// whose message names the server (host, port, database) and never the password.
/// </summary>
internal sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly SemaphoreSlim _migrating = new(1, 1);
    private volatile bool _ready;

    public PostgresDatabase(IOptions<PostgresStorageOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new NpgsqlConnectionStringBuilder(options.Value.ConnectionString);
        Where = WhereOf(builder);
        if (!builder.ContainsKey("No Reset On Close"))
        {
            // Stores and the bridge take a pooled connection per transaction; resetting it (DISCARD ALL) on every return was
            // a quarter of a reply's statements in the load test (docs/scaling.md). Nothing here keeps session state: the
            // migrator releases its session lock itself, every other lock and setting is transaction-scoped.
            builder.NoResetOnClose = true;
        }

        _dataSource = NpgsqlDataSource.Create(builder);
    }

    /// <summary>"host:port/database", for messages: what an operator needs to find the server, without the secret.</summary>
    public string Where { get; }

    /// <summary>"host:port/database" of a connection string (the database defaults to the user's name, as the server does).</summary>
    internal static string WhereOf(NpgsqlConnectionStringBuilder builder) => $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username ?? "postgres"}";

    /// <summary>Connects and applies pending migrations once per process; later calls return at once.</summary>
    public async Task EnsureReadyAsync(CancellationToken cancellationToken = default)
    {
        if (_ready)
        {
            return;
        }

        await _migrating.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_ready)
            {
                await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
                await Guard(() => Migrator.ApplyAsync(connection, Where, cancellationToken)).ConfigureAwait(false);
                _ready = true;
            }
        }
        finally
        {
            _migrating.Release();
        }
    }

    /// <summary>
    /// A pooled connection of a migrated database, opened synchronously (callers whose transactions are bound to one
    /// thread). The first call migrates, blocking on the async migrator: no synchronisation context runs here.
    /// </summary>
    public NpgsqlConnection OpenMigrated()
    {
        if (!_ready)
        {
            EnsureReadyAsync().GetAwaiter().GetResult();
        }

        try
        {
            return _dataSource.OpenConnection();
        }
        catch (Exception ex) when (Describe(ex) is { } cause)
        {
            throw new StorageException($"PostgreSQL at {Where} could not be reached: {cause}", ex);
        }
    }

    /// <summary>Runs <paramref name="work"/> on a pooled connection of a migrated database.</summary>
    public async Task<T> RunAsync<T>(Func<NpgsqlConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        return await Guard(() => work(connection)).ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="work"/> in one transaction (committed when it returns, rolled back when it throws).</summary>
    public Task<T> InTransactionAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return RunAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var result = await work(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }, cancellationToken);
    }

    public ValueTask DisposeAsync()
    {
        _migrating.Dispose();
        return _dataSource.DisposeAsync();
    }

    /// <summary>For containers disposed synchronously (the CLI's <c>using var services</c>).</summary>
    public void Dispose()
    {
        _migrating.Dispose();
        _dataSource.Dispose();
    }

    private async Task<NpgsqlConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (Describe(ex) is { } cause)
        {
            throw new StorageException($"PostgreSQL at {Where} could not be reached: {cause}", ex);
        }
    }

    private async Task<T> Guard<T>(Func<Task<T>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not StorageException && Describe(ex) is { } cause)
        {
            throw new StorageException($"PostgreSQL at {Where} failed: {cause}", ex);
        }
    }

    private async Task Guard(Func<Task> work) => await Guard(async () =>
    {
        await work().ConfigureAwait(false);
        return 0;
    }).ConfigureAwait(false);

    /// <summary>
    /// The cause in one line, or null for what is not a database failure (a bug keeps its exception). Server errors
    /// carry their SQLSTATE and text (which name users and objects, never passwords); network errors their reason.
    /// </summary>
    internal static string? Describe(Exception exception) => exception switch
    {
        PostgresException server => $"{server.MessageText} (SQLSTATE {server.SqlState})",
        NpgsqlException { InnerException: SocketException socket } => socket.Message,
        NpgsqlException { InnerException: TimeoutException } => "the connection timed out",
        NpgsqlException { InnerException: IOException io } => io.Message,
        NpgsqlException npgsql => npgsql.Message,
        SocketException socket => socket.Message,
        TimeoutException => "the connection timed out",
        _ => null,
    };
}
