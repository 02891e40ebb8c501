using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Storage.Postgres.Tests.Support;

/// <summary>
/// The stores as a host gets them: <c>AddWhatStyleTools</c> and <c>AddWhatStylePostgres</c>
/// over a temporary data directory, with <c>Storage:Provider</c> set by the subclass. One per test class (a class fixture).
/// </summary>
public abstract class StoreHarness : IAsyncLifetime
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "whatstyle-store-tests-" + Guid.NewGuid().ToString("N"));
    private ServiceProvider? _services;

    /// <summary>The provider this harness configures.</summary>
    public abstract string Provider { get; }

    /// <summary>The prefix of the store classes the provider registers ("Lite", "Postgres").</summary>
    public abstract string ImplementationPrefix { get; }

    /// <summary>Why the tests cannot run here, or null.</summary>
    public virtual string? SkipReason => null;

    public T Get<T>()
        where T : notnull
    {
        Assert.SkipWhen(SkipReason is not null, SkipReason ?? "");
        return _services!.GetRequiredService<T>();
    }

    public async ValueTask InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        var settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            // The default connection (shared): hosts use it, and its file lock is what makes LiteDB's read-then-write
            // steps atomic (in direct mode, concurrent GetOrAdd calls can each create a contact).
            ["Storage:Provider"] = Provider,
            // Events on, so the stores record them in their outbox (nothing drains it here: no publisher is added).
            ["Events:Provider"] = "nats",
            ["Events:Source"] = "store-tests",
        };
        await AddSettingsAsync(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        Directory.CreateDirectory(_dataDirectory);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddWhatStyleTools(configuration, _dataDirectory);
        services.AddWhatStylePostgres(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        _ = _services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value;
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Adds the provider's own settings (a connection string).</summary>
    protected virtual Task AddSettingsAsync(IDictionary<string, string?> settings) => Task.CompletedTask;
}

/// <summary>The embedded default.</summary>
public sealed class LiteDbHarness : StoreHarness
{
    public override string Provider => StorageProviders.LiteDb;

    public override string ImplementationPrefix => "Lite";
}

/// <summary>PostgreSQL in a schema of its own (skips without <c>WHATSTYLE_TEST_POSTGRES</c>).</summary>
public sealed class PostgresHarness : StoreHarness
{
    private string? _schema;

    public override string Provider => StorageProviders.Postgres;

    public override string ImplementationPrefix => "Postgres";

    public override string? SkipReason => TestPostgres.ConnectionString is null ? TestPostgres.SkipReason : null;

    protected override async Task AddSettingsAsync(IDictionary<string, string?> settings)
    {
        var (schema, connectionString) = await TestPostgres.CreateSchemaAsync(TestPostgres.ConnectionString!);
        _schema = schema;
        settings["ConnectionStrings:Postgres"] = connectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_schema is not null)
        {
            await TestPostgres.DropSchemaAsync(TestPostgres.ConnectionString!, _schema);
        }
    }
}
