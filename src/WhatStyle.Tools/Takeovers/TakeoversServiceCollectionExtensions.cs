using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WhatStyle.Tools.Takeovers;

/// <summary>DI registration for the takeovers store.</summary>
public static class TakeoversServiceCollectionExtensions
{
    /// <summary>Registers <see cref="ITakeovers"/> over the shared <see cref="ILiteDatabase"/> (registered by the storage area).</summary>
    public static IServiceCollection AddTakeovers(this IServiceCollection services)
    {
        services.TryAddSingleton<ITakeovers>(sp => new LiteDbTakeovers(
            sp.GetRequiredService<ILiteDatabase>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }
}
