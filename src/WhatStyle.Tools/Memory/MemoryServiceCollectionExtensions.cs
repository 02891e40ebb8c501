using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Storage;

namespace WhatStyle.Tools.Memory;

/// <summary>DI registration for conversation memory (needs storage, contacts and embeddings).</summary>
public static class MemoryServiceCollectionExtensions
{
    public static IServiceCollection AddWhatStyleMemory(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<MemoryOptions>().Bind(configuration.GetSection(MemoryOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IConversationMemory, ConversationMemory>();
        services.AddSingleton<IEmbeddingBacklog, EmbeddingBacklog>();
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<GlobalReplies>(provider, provider.GetService<TimeProvider>() ?? TimeProvider.System));
        services.AddSingleton(provider => new ExchangeIndex(
            provider.GetRequiredService<IMessageRepository>(),
            provider.GetRequiredService<IOptions<StorageOptions>>(),
            provider.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }
}
