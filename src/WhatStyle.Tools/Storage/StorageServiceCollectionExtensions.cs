using LiteDB;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Events;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.Storage.LiteDb;

namespace WhatStyle.Tools.Storage;

/// <summary>DI registration for the embedded database, the repositories over it and the read cache.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ILiteDatabase"/> (one per process, disposed with the container: other areas may keep
    /// their own collections in it), the repositories (<see cref="IContactRepository"/>, <see cref="IGroupRepository"/>,
    /// <see cref="IMessageRepository"/>, <see cref="IToneHistory"/>) and <c>HybridCache</c>.
    /// </summary>
    public static IServiceCollection AddWhatStyleStorage(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .PostConfigure(options =>
            {
                if (string.IsNullOrEmpty(options.Password))
                {
                    // Hosts load environment variables into configuration, so WHATSTYLE_DB_PASSWORD arrives here.
                    options.Password = configuration[StorageOptions.PasswordEnvironmentVariable];
                }
            })
            .ValidateDataAnnotations();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageProviderValidator>();

        services.AddSingleton<ILiteDatabase>(sp => LiteDatabaseFactory.Open(sp.GetRequiredService<IOptions<StorageOptions>>().Value, dataDirectory));
        services.AddSingleton(sp => new LiteStore(
            sp.GetRequiredService<ILiteDatabase>(),
            Path.Combine(dataDirectory, sp.GetRequiredService<IOptions<StorageOptions>>().Value.FileName)));
        // Events (docs/events.md): recorded in this database's outbox with the change that raises them.
        services.AddOptions<EventsOptions>().Bind(configuration.GetSection(EventsOptions.SectionName)).ValidateDataAnnotations();
        services.AddSingleton(sp => new LiteEventOutbox(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value.FileName, () => sp.GetRequiredService<ILiteDatabase>()));
        services.AddSingleton<IEventOutbox>(DataOutbox);
        services.AddSingleton<EventRecorder>();
        services.AddSingleton<IContactRepository, LiteContactRepository>();
        services.AddSingleton<IGroupRepository, LiteGroupRepository>();
        services.AddSingleton<IMessageRepository, LiteMessageRepository>();
        services.AddSingleton<IToneHistory, LiteToneHistory>();

        services.AddHybridCache();
        services.AddSingleton<CachePolicy>();
        return services;
    }

    /// <summary>
    /// The factory that registers this database's outbox as an <see cref="IEventOutbox"/>: a storage provider that moves
    /// the domain's stores elsewhere finds this registration by it and puts its own outbox in its place (the bridge's own
    /// outbox, registered separately, stays).
    /// </summary>
    internal static Func<IServiceProvider, IEventOutbox> DataOutbox { get; } = sp => sp.GetRequiredService<LiteEventOutbox>();
}
