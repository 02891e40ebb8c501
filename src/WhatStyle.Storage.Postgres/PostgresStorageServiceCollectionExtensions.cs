using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Replies.Queue;
using WhatStyle.Storage.Postgres.Stores;
using WhatStyle.Tools.Contacts;
using WhatStyle.Tools.Contacts.Groups;
using WhatStyle.Tools.Attention;
using WhatStyle.Tools.Drafts;
using WhatStyle.Tools.Events;
using WhatStyle.Tools.Memory;
using WhatStyle.Tools.ReplyLog;
using WhatStyle.Tools.Stickers;
using WhatStyle.Tools.Storage;
using WhatStyle.Tools.Takeovers;

namespace WhatStyle.Storage.Postgres;

/// <summary>DI registration of the PostgreSQL stores, for hosts that offer <c>Storage:Provider = postgres</c>.</summary>
public static class PostgresStorageServiceCollectionExtensions
{
    /// <summary>
    /// Declares that this host can use PostgreSQL and, when <c>Storage:Provider</c> is <c>postgres</c>, replaces the
    /// LiteDB stores (contacts, groups, messages and exchanges, tone history, drafts, the retry queue, the sticker history, takeovers,
    /// the reply log, urgent marks and the domain's event outbox) with PostgreSQL
    /// ones over <c>ConnectionStrings:Postgres</c>. Call it after <c>AddWhatStyleTools</c>; before or after
    /// <c>AddReplyAgent</c>. With <c>litedb</c> (the default) nothing else changes.
    /// </summary>
    /// <remarks>
    /// The connection string is checked when the host starts (<c>ValidateOnStart</c>); the server is reached and the
    /// schema migrated by a hosted service in a generic host, else on the first store call.
    /// </remarks>
    public static IServiceCollection AddWhatStylePostgres(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(new StorageProviderRegistration(StorageProviders.Postgres));
        if (StorageProviders.Configured(configuration) != StorageProviders.Postgres)
        {
            return services;
        }

        services.AddOptions<PostgresStorageOptions>()
            .Configure(options => options.ConnectionString = configuration.GetConnectionString(PostgresStorageOptions.ConnectionStringName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<PostgresStorageOptions>, PostgresStorageOptionsValidator>();
        services.TryAddSingleton<PostgresDatabase>();
        services.TryAddSingleton(sp => new PostgresConnectionSource(sp.GetRequiredService<PostgresDatabase>()));
        services.AddHostedService<PostgresStartup>();

        // The domain's events are recorded with its changes, so they move with the stores; whatstyle.db's outbox is no
        // longer written and no longer drained (`whatstyle migrate --to postgres` copies what waited in it).
        services.TryAddSingleton(sp => new PostgresEventOutbox(
            sp.GetRequiredService<PostgresDatabase>(), sp.GetRequiredService<IOptions<EventsOptions>>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        var liteOutbox = services.Where(d => d.ServiceType == typeof(IEventOutbox) && ReferenceEquals(d.ImplementationFactory, StorageServiceCollectionExtensions.DataOutbox)).ToList();
        foreach (var descriptor in liteOutbox)
        {
            services.Remove(descriptor);
        }

        services.AddSingleton<IEventOutbox>(sp => sp.GetRequiredService<PostgresEventOutbox>());
        Replace<IContactRepository, PostgresContactRepository>(services);
        Replace<IGroupRepository, PostgresGroupRepository>(services);
        Replace<IMessageRepository, PostgresMessageRepository>(services);
        Replace<IToneHistory, PostgresToneHistory>(services);
        services.RemoveAll<IDraftStore>();
        services.AddSingleton<IDraftStore>(sp => new PostgresDraftStore(
            sp.GetRequiredService<PostgresDatabase>(), sp.GetService<TimeProvider>() ?? TimeProvider.System, sp.GetRequiredService<PostgresEventOutbox>()));
        // The LiteDB queue is registered with TryAdd (by the domain and the agent): registered first, this one is kept; later, it replaces.
        Replace<IRetryQueue, PostgresRetryQueue>(services);
        Replace<IStickerHistory, PostgresStickerHistory>(services);
        services.RemoveAll<ITakeovers>();
        services.AddSingleton<ITakeovers>(sp => new PostgresTakeovers(sp.GetRequiredService<PostgresDatabase>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        Replace<IReplyLog, PostgresReplyLog>(services);
        Replace<IUrgentMessages, PostgresUrgentMessages>(services);
        return services;
    }

    private static void Replace<TService, TImplementation>(IServiceCollection services)
        where TService : class
        where TImplementation : class, TService
    {
        services.RemoveAll<TService>();
        services.AddSingleton<TService, TImplementation>();
    }
}
