using Microsoft.Extensions.Options;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Storage.Postgres.Tests;

/// <summary>Failures to reach the server, which need no server to test.</summary>
public sealed class PostgresDatabaseTests
{
    [Fact]
    public async Task EnsureReady_NothingListening_OneLineNamingTheServerButNotThePassword()
    {
        // Port 1 on the loopback: refused at once, nothing to wait for.
        await using var database = new PostgresDatabase(Options.Create(new PostgresStorageOptions
        {
            ConnectionString = "Host=127.0.0.1;Port=1;Database=whatstyle;Username=ws;Password=s3cret-pa55;Timeout=5",
        }));

        var failure = await Assert.ThrowsAsync<StorageException>(() => database.EnsureReadyAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith("PostgreSQL at 127.0.0.1:1/whatstyle could not be reached: ", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-pa55", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }
}
