using Microsoft.Extensions.AI;

namespace WhatStyle.Tools.Tests.Support;

/// <summary>
/// Another embedder's vectors under another model id: stands in for the sentence model (imported history, stored with the
/// lexical vector, then waits for this model's) without loading 91 MB in every test.
/// </summary>
internal sealed class RenamedEmbeddingGenerator(IEmbeddingGenerator<string, Embedding<float>> inner, string model, int dimensions) : IEmbeddingGenerator<string, Embedding<float>>
{
    private readonly EmbeddingGeneratorMetadata _metadata = new("tests", providerUri: null, model, dimensions);

    public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        var generated = await inner.GenerateAsync(values, options, cancellationToken);
        return [.. generated.Select(e => new Embedding<float>(e.Vector) { ModelId = model })];
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata : inner.GetService(serviceType, serviceKey);

    public void Dispose()
    {
        // The inner embedder belongs to the container.
    }
}
