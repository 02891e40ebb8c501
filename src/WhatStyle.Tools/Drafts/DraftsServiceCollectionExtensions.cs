using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using WhatStyle.Tools.Events;

namespace WhatStyle.Tools.Drafts;

/// <summary>DI registration for the drafts store.</summary>
public static class DraftsServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IDraftStore"/> over the shared <see cref="ILiteDatabase"/> (registered by the storage area).</summary>
    public static IServiceCollection AddDrafts(this IServiceCollection services)
    {
        // A factory, so that hosts which never ask for drafts do not need the database to exist.
        services.TryAddSingleton<IDraftStore>(sp => new LiteDbDraftStore(
            sp.GetRequiredService<ILiteDatabase>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetService<EventRecorder>()));
        return services;
    }
}
