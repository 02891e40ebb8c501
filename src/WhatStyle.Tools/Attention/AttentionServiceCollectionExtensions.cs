using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WhatStyle.Tools.Attention;

/// <summary>DI registration for the urgent-message marks.</summary>
public static class AttentionServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IUrgentMessages"/> over the shared <see cref="ILiteDatabase"/> (registered by the storage area).</summary>
    public static IServiceCollection AddAttention(this IServiceCollection services)
    {
        services.TryAddSingleton<IUrgentMessages>(sp => new LiteDbUrgentMessages(sp.GetRequiredService<ILiteDatabase>()));
        return services;
    }
}
