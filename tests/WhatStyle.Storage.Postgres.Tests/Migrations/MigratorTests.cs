using Npgsql;
using WhatStyle.Storage.Postgres.Migrations;
using WhatStyle.Storage.Postgres.Tests.Support;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Storage.Postgres.Tests.Migrations;

/// <summary>The migrator against a real server, each test in a fresh schema (skips without <c>WHATSTYLE_TEST_POSTGRES</c>).</summary>
public sealed class MigratorTests : IAsyncLifetime
{
    private string? _schema;
    private string _connectionString = "";

    public async ValueTask InitializeAsync()
    {
        if (TestPostgres.ConnectionString is { } server)
        {
            (_schema, _connectionString) = await TestPostgres.CreateSchemaAsync(server);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_schema is not null)
        {
            await TestPostgres.DropSchemaAsync(TestPostgres.ConnectionString!, _schema);
        }
    }

    [Fact]
    public async Task Apply_Twice_RunsEachStepOnceAndRecordsItsVersion()
    {
        await using var connection = await OpenAsync();

        var first = await Migrator.ApplyAsync(connection, "test", TestContext.Current.CancellationToken);
        var second = await Migrator.ApplyAsync(connection, "test", TestContext.Current.CancellationToken);

        Assert.Equal(SchemaMigrations.All.Count, first);
        Assert.Equal(0, second);
        Assert.Equal(Migrator.LatestVersion, await Migrator.CurrentVersionAsync(connection, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Apply_FromSeveralConnectionsAtOnce_AppliesEachStepOnce()
    {
        var connections = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => OpenAsync()));
        try
        {
            var applied = await Task.WhenAll(connections.Select(c => Task.Run(() => Migrator.ApplyAsync(c, "test", TestContext.Current.CancellationToken))));

            Assert.Equal(SchemaMigrations.All.Count, applied.Sum());
            await using var count = new NpgsqlCommand("SELECT count(*) FROM schema_version", connections[0]);
            Assert.Equal((long)SchemaMigrations.All.Count, await count.ExecuteScalarAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Apply_NewStepAfterAnOldOne_RunsOnlyTheNewStep()
    {
        await using var connection = await OpenAsync();
        Migration one = new(1, "one", "CREATE TABLE t_one (id int)");
        Migration two = new(2, "two", "ALTER TABLE t_one ADD COLUMN name text");
        await Migrator.ApplyAsync(connection, "test", [one], TestContext.Current.CancellationToken);

        var applied = await Migrator.ApplyAsync(connection, "test", [one, two], TestContext.Current.CancellationToken);

        Assert.Equal(1, applied);
        Assert.Equal(2, await Migrator.CurrentVersionAsync(connection, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Apply_FailingStep_RecordsNothingForItAndReleasesTheLock()
    {
        await using var connection = await OpenAsync();
        Migration good = new(1, "good", "CREATE TABLE t_good (id int)");
        Migration bad = new(2, "bad", "CREATE TABLE t_bad (id int); SELECT * FROM no_such_table");

        await Assert.ThrowsAsync<PostgresException>(() => Migrator.ApplyAsync(connection, "test", [good, bad], TestContext.Current.CancellationToken));

        Assert.Equal(1, await Migrator.CurrentVersionAsync(connection, TestContext.Current.CancellationToken));
        // The session no longer holds the lock: unlocking again finds nothing to release. (Trying the lock from another
        // session instead would race with the other test classes, which migrate their own schemas under the same key.)
        await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({Migrator.LockKey})", connection);
        Assert.False((bool)(await unlock.ExecuteScalarAsync(TestContext.Current.CancellationToken))!);
    }

    [Fact]
    public async Task Apply_DatabaseFromANewerWhatStyle_IsRefusedInOneLine()
    {
        await using var connection = await OpenAsync();
        await Migrator.ApplyAsync(connection, "test", TestContext.Current.CancellationToken);
        await using (var newer = new NpgsqlCommand("INSERT INTO schema_version (version, description) VALUES (9999, 'from the future')", connection))
        {
            await newer.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var refused = await Assert.ThrowsAsync<StorageException>(() => Migrator.ApplyAsync(connection, "host:5432/db", TestContext.Current.CancellationToken));

        Assert.Contains("newer version of WhatStyle", refused.Message, StringComparison.Ordinal);
        Assert.Contains("9999", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        Assert.SkipWhen(_schema is null, TestPostgres.SkipReason);
        var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        return connection;
    }
}
