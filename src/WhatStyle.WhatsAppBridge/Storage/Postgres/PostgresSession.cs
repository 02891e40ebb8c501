using Npgsql;
using WhatStyle.Storage.Postgres;
using WhatStyle.Tools.Storage;

namespace WhatStyle.WhatsAppBridge.Storage.Postgres;

/// <summary>
/// Connections and transactions of the bridge's PostgreSQL state. A transaction is bound to the thread that opened it
/// (the callers' transactions have no awaits inside, as with LiteDB), so every store call on that thread joins it. A
/// server that cannot be reached, a dropped connection, a deadlock or a serialization failure comes out as a
/// <see cref="StorageUnavailableException"/>: an outage, so workers back off without spending a record's attempts.
/// </summary>
internal sealed class PostgresSession(PostgresConnectionSource source, StorageStatus status)
{
    [ThreadStatic]
    private static Scope? t_scope;

    /// <summary>True inside a transaction of this session on this thread (reads then lock the rows they return).</summary>
    public bool InTransaction => t_scope is { } scope && ReferenceEquals(scope.Owner, this);

    /// <summary>Runs one statement's work: inside the thread's transaction if one is open, else on a connection of its own.</summary>
    public T Run<T>(Func<NpgsqlConnection, NpgsqlTransaction?, T> work)
    {
        if (t_scope is { } scope && ReferenceEquals(scope.Owner, this))
        {
            return work(scope.Connection, scope.Transaction);
        }

        return Guard(() =>
        {
            using var connection = source.Open();
            return work(connection, null);
        });
    }

    public T Transaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (InTransaction)
        {
            return work();
        }

        return Guard(() =>
        {
            using var connection = source.Open();
            using var transaction = connection.BeginTransaction();
            var outer = t_scope;
            t_scope = new Scope(this, connection, transaction);
            try
            {
                var result = work();
                transaction.Commit();
                return result;
            }
            finally
            {
                t_scope = outer;
            }
        });
    }

    public static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private T Guard<T>(Func<T> work)
    {
        try
        {
            var result = work();
            status.Succeeded();
            return result;
        }
        catch (Exception ex) when (IsOutage(ex))
        {
            status.Failed(ex.GetType().Name);
            throw new StorageUnavailableException(
                $"the bridge's state on PostgreSQL is unavailable ({PostgresConnectionSource.Describe(ex) ?? ex.Message}); trying again shortly.", ex);
        }
    }

    /// <summary>What waiting can cure: no connection, the server going away or overloaded, a deadlock or serialization failure.</summary>
    internal static bool IsOutage(Exception exception) => exception switch
    {
        StorageUnavailableException => false,
        StorageException => true, // The source could not reach the server (its message names it, never the password).
        PostgresException server => server.SqlState.StartsWith("08", StringComparison.Ordinal) // connection exception
            || server.SqlState.StartsWith("53", StringComparison.Ordinal) // insufficient resources
            || server.SqlState.StartsWith("57", StringComparison.Ordinal) // operator intervention (shutdown, cancel)
            || server.SqlState is "40001" or "40P01" or "55P03", // serialization failure, deadlock, lock not available
        NpgsqlException => true, // network, timeout, broken connection
        TimeoutException => true,
        _ => false,
    };

    private sealed record Scope(PostgresSession Owner, NpgsqlConnection Connection, NpgsqlTransaction Transaction);
}
