using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WhatStyle.Mcp.Tests.Support;

internal static class ServiceCollectionTestExtensions
{
    /// <summary>Replaces whatever implements <typeparamref name="TService"/> with this instance (a fake the test inspects).</summary>
    public static IServiceCollection AddSingletonInstance<TService>(this IServiceCollection services, TService instance)
        where TService : class
    {
        services.RemoveAll<TService>();
        return services.AddSingleton(instance);
    }
}
