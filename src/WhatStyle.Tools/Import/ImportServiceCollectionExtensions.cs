using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WhatStyle.Tools.Import;

/// <summary>DI registration for chat import (needs contacts and memory).</summary>
public static class ImportServiceCollectionExtensions
{
    public static IServiceCollection AddWhatStyleImport(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IChatImporter, ChatImporter>();
        return services;
    }
}
