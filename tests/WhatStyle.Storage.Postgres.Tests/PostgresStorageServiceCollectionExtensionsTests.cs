using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WhatStyle.Tools;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Storage.Postgres.Tests;

/// <summary>The registration as hosts use it; none of these reaches a server.</summary>
public sealed class PostgresStorageServiceCollectionExtensionsTests : IDisposable
{
    private const string Unreachable = "Host=127.0.0.1;Port=1;Database=whatstyle;Username=ws;Password=p";
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("whatstyle-pg-registration-").FullName;

    [Fact]
    public void Postgres_ContainerDisposedSynchronously_DisposesTheDataSource()
    {
        // The CLI disposes its container with `using`, not `await using`.
        var services = Build(new() { ["Storage:Provider"] = "postgres", ["ConnectionStrings:Postgres"] = Unreachable }, withPostgres: true);
        Assert.StartsWith("Postgres", services.GetRequiredService<IDraftStore>().GetType().Name, StringComparison.Ordinal);

        services.Dispose();
    }

    [Fact]
    public void Postgres_HostWithoutTheLibrary_RefusedInOneLine()
    {
        using var services = Build(new() { ["Storage:Provider"] = "postgres", ["ConnectionStrings:Postgres"] = Unreachable }, withPostgres: false);

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("built without its storage library (WhatStyle.Storage.Postgres)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Postgres_WithoutConnectionString_RefusedWhenOptionsAreChecked()
    {
        using var services = Build(new() { ["Storage:Provider"] = "postgres" }, withPostgres: true);

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PostgresStorageOptions>>().Value);

        Assert.Contains("ConnectionStrings:Postgres is required", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LiteDb_Default_KeepsTheEmbeddedStoresAndNeedsNoConnectionString()
    {
        using var services = Build([], withPostgres: true);

        Assert.StartsWith("LiteDb", services.GetRequiredService<IDraftStore>().GetType().Name, StringComparison.Ordinal);
        Assert.Equal(StorageProviders.LiteDb, services.GetRequiredService<IOptions<StorageOptions>>().Value.Provider);
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private ServiceProvider Build(Dictionary<string, string?> settings, bool withPostgres)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddWhatStyleTools(configuration, _dataDirectory);
        if (withPostgres)
        {
            services.AddWhatStylePostgres(configuration);
        }

        return services.BuildServiceProvider();
    }
}
