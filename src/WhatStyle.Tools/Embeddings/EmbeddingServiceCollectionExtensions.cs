using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace WhatStyle.Tools.Embeddings;

/// <summary>DI registration for embeddings.</summary>
public static class EmbeddingServiceCollectionExtensions
{
    /// <summary>Registers the local hashing embedder unless an <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> is already registered (e.g. a provider's model).</summary>
    public static IServiceCollection AddWhatStyleEmbeddings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmbeddingOptions>().Bind(configuration.GetSection(EmbeddingOptions.SectionName)).ValidateDataAnnotations();
        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>, HashingEmbeddingGenerator>();
        return services;
    }
}
