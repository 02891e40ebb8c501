using Microsoft.Extensions.AI;
using WhatStyle.Tools.Tone.Semantic;

namespace WhatStyle.Tools.Embeddings;

/// <summary>
/// Sentence meaning (all-MiniLM-L6-v2, 384 dimensions, L2-normalised) behind the Microsoft.Extensions.AI interface: the
/// same model, loaded once per process, that the tone analyser's semantic reading uses.
/// </summary>
public sealed class SentenceEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    /// <summary>The model id stored with each vector.</summary>
    public const string Model = "all-MiniLM-L6-v2";

    private static readonly EmbeddingGeneratorMetadata Metadata = new("whatstyle-local", providerUri: null, Model, SentenceEmbedder.Dimension);

    /// <summary>True once the model is in memory (it loads on the first call).</summary>
    public static bool IsLoaded => SentenceEmbedder.IsLoaded;

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        cancellationToken.ThrowIfCancellationRequested();
        var vectors = SentenceEmbedder.EmbedBatch([.. values]);
        var result = new GeneratedEmbeddings<Embedding<float>>(vectors.Length);
        result.AddRange(vectors.Select(v => new Embedding<float>(v) { ModelId = Model }));
        return Task.FromResult(result);
    }

    /// <summary>
    /// Runs the model at background OS priority from now on, for a host whose requests must not wait for a core while it
    /// reads meaning (the bridge: a webhook's acknowledgement comes before any reply's reading).
    /// </summary>
    public static void RunAtBackgroundPriority() => SentenceEmbedder.RunAtBackgroundPriority();

    /// <summary>One text's vector, without the async wrapper.</summary>
    public static float[] Embed(string text) => SentenceEmbedder.Embed(text);

    /// <summary>Many texts' vectors, in input order.</summary>
    public static float[][] EmbedBatch(IReadOnlyList<string> texts) => SentenceEmbedder.EmbedBatch(texts);

    /// <summary>Cosine similarity of two texts' meanings (-1..1; in practice 0..1).</summary>
    public static double Similarity(string a, string b)
    {
        var vectors = SentenceEmbedder.EmbedBatch([a, b]);
        return VectorMath.Cosine(vectors[0], vectors[1]);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        // The model is shared by the whole process and lives as long as it.
    }
}
