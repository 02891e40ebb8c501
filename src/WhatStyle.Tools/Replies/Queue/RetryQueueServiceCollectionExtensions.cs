using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WhatStyle.Tools.Replies.Queue;

/// <summary>DI registration for the reply retry queue's store (the agent fills and drains it).</summary>
public static class RetryQueueServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IRetryQueue"/> over the shared <see cref="ILiteDatabase"/> unless a store is already registered.</summary>
    public static IServiceCollection AddRetryQueue(this IServiceCollection services)
    {
        // With the domain, not the agent: a storage provider replaces it without referencing the agent.
        services.TryAddSingleton<IRetryQueue, LiteDbRetryQueue>();
        return services;
    }
}
