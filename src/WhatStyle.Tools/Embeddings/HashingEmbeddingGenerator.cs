using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Contacts;

namespace WhatStyle.Tools.Embeddings;

/// <summary>
/// The default embedder: needs no download and no network. Words, word pairs and character trigrams are hashed
/// (signed feature hashing) into a fixed-length vector, which is L2-normalised so a dot product is the cosine.
/// It matches wording, not meaning: "studies" ~ "studying", but "exam" is not "test". A provider's model can
/// replace it by registering another <see cref="IEmbeddingGenerator{TInput,TEmbedding}"/>.
/// </summary>
internal sealed class HashingEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    private const double WordWeight = 1.0;
    private const double FunctionWordWeight = 0.25;
    private const double BigramWeight = 0.5;
    private const double TrigramWeight = 0.35;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "and", "or", "is", "are", "was", "were", "be", "to", "of", "in", "on", "at", "it", "i", "you",
        "your", "my", "me", "we", "so", "do", "does", "did", "for", "with", "that", "this", "how", "what", "der", "die",
        "das", "und", "ist", "ich", "du", "el", "la", "que", "y", "de", "es",
    };

    private readonly int _dimensions;
    private readonly EmbeddingGeneratorMetadata _metadata;

    public HashingEmbeddingGenerator(IOptions<EmbeddingOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _dimensions = options.Value.Dimensions;
        ModelId = $"whatstyle-hashing-v1-{_dimensions}";
        _metadata = new EmbeddingGeneratorMetadata("whatstyle-local", providerUri: null, ModelId, _dimensions);
    }

    public string ModelId { get; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(
        IEnumerable<string> values,
        EmbeddingGenerationOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = new GeneratedEmbeddings<Embedding<float>>();
        foreach (var value in values)
        {
            cancellationToken.ThrowIfCancellationRequested();
            result.Add(new Embedding<float>(Embed(value)) { ModelId = ModelId });
        }

        return Task.FromResult(result);
    }

    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is not null ? null
            : serviceType == typeof(EmbeddingGeneratorMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : null;
    }

    public void Dispose()
    {
        // Nothing to release: the generator holds no native or pooled resources.
    }

    internal float[] Embed(string text)
    {
        var vector = new float[_dimensions];
        var words = Tokenize(text ?? "");
        string? previous = null;
        foreach (var word in words)
        {
            Add(vector, Hash('w', word, default), FunctionWords.Contains(word) ? FunctionWordWeight : WordWeight);
            if (previous is not null)
            {
                Add(vector, Hash('b', previous, word), BigramWeight);
            }

            previous = word;
            var padded = "<" + word + ">";
            for (var i = 0; i + 3 <= padded.Length; i++)
            {
                Add(vector, Hash('t', padded.AsSpan(i, 3), default), TrigramWeight);
            }
        }

        VectorMath.Normalize(vector);
        return vector;
    }

    private void Add(float[] vector, uint hash, double weight)
    {
        var index = (int)(hash % (uint)_dimensions);

        // The sign bit halves the bias collisions would add (the "hashing trick").
        vector[index] += (float)((hash & 0x80000000) == 0 ? weight : -weight);
    }

    /// <summary>FNV-1a over a feature kind and one or two parts, without building the feature string.</summary>
    private static uint Hash(char kind, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var hash = (2166136261u ^ kind) * 16777619u;
        foreach (var c in first)
        {
            hash = (hash ^ c) * 16777619u;
        }

        if (!second.IsEmpty)
        {
            hash = (hash ^ ' ') * 16777619u;
            foreach (var c in second)
            {
                hash = (hash ^ c) * 16777619u;
            }
        }

        // Final avalanche so nearby strings spread over the whole range.
        hash ^= hash >> 15;
        hash *= 0x2c1b3c6du;
        hash ^= hash >> 12;
        return hash;
    }

    private static List<string> Tokenize(string text)
    {
        var folded = ContactIdentity.Fold(text);
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }
}
