using WhatStyle.Storage.Postgres;
using WhatStyle.WhatsAppBridge.Storage;
using WhatStyle.WhatsAppBridge.Storage.Postgres;
using WhatStyle.WhatsAppBridge.Tests.Support;

namespace WhatStyle.WhatsAppBridge.Tests.Storage.Postgres;

/// <summary>
/// A fresh schema per test class for the bridge's PostgreSQL tests: each <see cref="NewState"/> is another bridge on it
/// (its own holder). Skips, naming <c>WHATSTYLE_TEST_POSTGRES</c>, without a server.
/// </summary>
public abstract class PostgresBridgeFixture : IAsyncLifetime
{
    private string? _schema;

    internal string? ConnectionString { get; private set; }

    internal PostgresConnectionSource? Source { get; private set; }

    internal PostgresBridgeState NewState(string holder, string account = "cloud:1555", TimeSpan? holderLease = null)
    {
        Assert.SkipWhen(Source is null, TestPostgres.SkipReason);
        return new PostgresBridgeState(Source!, account, new BridgeHolder(holder), new StorageStatus(TimeProvider.System), holderLease: holderLease);
    }

    internal async Task<long> ScalarAsync(string sql) => Convert.ToInt64(await TestPostgres.ExecuteAsync(ConnectionString!, sql), System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask InitializeAsync()
    {
        if (TestPostgres.Server is not { } server)
        {
            return;
        }

        (_schema, var connectionString) = await TestPostgres.CreateSchemaAsync(server, "ws_bridge_pg_");
        ConnectionString = connectionString;
        Source = PostgresConnectionSource.Create(connectionString);
    }

    public virtual async ValueTask DisposeAsync()
    {
        Source?.Dispose();
        if (_schema is not null)
        {
            await TestPostgres.DropSchemaAsync(TestPostgres.Server!, _schema);
        }

        GC.SuppressFinalize(this);
    }
}
