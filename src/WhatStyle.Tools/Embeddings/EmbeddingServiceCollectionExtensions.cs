using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using WhatStyle.Tools.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace WhatStyle.Tools.Embeddings;

/// <summary>DI registration for embeddings.</summary>
public static class EmbeddingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the local sentence model (or the hashing embedder, see <see cref="EmbeddingOptions.Model"/>) unless an
    /// <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/> is already registered (e.g. a provider's model). The hashing
    /// embedder is also registered on its own: memory's lexical index while imported history waits for its meaning.
    /// </summary>
    public static IServiceCollection AddWhatStyleEmbeddings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmbeddingOptions>().Bind(configuration.GetSection(EmbeddingOptions.SectionName)).ValidateDataAnnotations();
        services.TryAddSingleton<HashingEmbeddingGenerator>();
        services.TryAddSingleton<IEmbeddingGenerator<string, Embedding<float>>>(provider =>
            UsesSentenceModel(provider.GetRequiredService<IOptions<EmbeddingOptions>>().Value.Model, configuration["Tone:Semantic"])
                ? new SentenceEmbeddingGenerator()
                : provider.GetRequiredService<HashingEmbeddingGenerator>());
        return services;
    }

    /// <summary>The sentence model unless hashing is asked for, or nothing is asked and the tone analyser's model is off.</summary>
    internal static bool UsesSentenceModel(string? model, string? toneSemantic) => model switch
    {
        "sentence" => true,
        "hashing" => false,
        _ => toneSemantic is null || !bool.TryParse(toneSemantic, out var on) || on,
    };
}
