using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WhatStyle.Tools.ReplyLog;

/// <summary>DI registration for the reply log.</summary>
public static class ReplyLogServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IReplyLog"/> over the shared <see cref="ILiteDatabase"/> (registered by the storage area).</summary>
    public static IServiceCollection AddReplyLog(this IServiceCollection services)
    {
        services.TryAddSingleton<IReplyLog>(sp => new LiteDbReplyLog(sp.GetRequiredService<ILiteDatabase>()));
        return services;
    }
}
