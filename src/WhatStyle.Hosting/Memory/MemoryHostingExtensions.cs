using Microsoft.Extensions.DependencyInjection;

namespace WhatStyle.Hosting.Memory;

/// <summary>What a host that keeps running adds to conversation memory.</summary>
public static class MemoryHostingExtensions
{
    /// <summary>Embeds imported history by meaning in the background (see <see cref="BackgroundEmbedding"/>); needs the WhatStyle tools.</summary>
    public static IServiceCollection AddBackgroundEmbedding(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHostedService<BackgroundEmbedding>();
        return services;
    }

    /// <summary>Reads conversation memory's global pool at start (see <see cref="MemoryWarmup"/>); needs the WhatStyle tools.</summary>
    public static IServiceCollection AddMemoryWarmup(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHostedService<MemoryWarmup>();
        return services;
    }
}
