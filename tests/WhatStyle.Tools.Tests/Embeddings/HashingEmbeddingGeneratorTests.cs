using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using WhatStyle.Tools.Embeddings;

namespace WhatStyle.Tools.Tests.Embeddings;

public sealed class HashingEmbeddingGeneratorTests
{
    private readonly HashingEmbeddingGenerator _generator = new(Options.Create(new EmbeddingOptions { Dimensions = 256 }));

    [Fact]
    public async Task GenerateAsync_ReturnsUnitVectorsWithModelId()
    {
        var result = await _generator.GenerateAsync(["How are your studies going?", ""], cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Count);
        Assert.Equal(256, result[0].Vector.Length);
        Assert.Equal(1.0, VectorMath.Cosine(result[0].Vector.Span, result[0].Vector.Span), 5);
        Assert.All(result[1].Vector.ToArray(), v => Assert.Equal(0, v));
        Assert.Equal("whatstyle-hashing-v1-256", result[0].ModelId);
        Assert.Equal("whatstyle-hashing-v1-256", _generator.GetService<EmbeddingGeneratorMetadata>()?.DefaultModelId);
    }

    [Fact]
    public void Embed_IsDeterministicAndIgnoresCaseAndAccents()
    {
        Assert.Equal(_generator.Embed("Café au lait"), _generator.Embed("CAFE AU LAIT"));
    }

    [Fact]
    public void Embed_SimilarWording_ScoresHigherThanUnrelated()
    {
        var query = _generator.Embed("how are your studies going?");
        var related = _generator.Embed("How is your studying going?");
        var unrelated = _generator.Embed("Did you watch the match yesterday?");

        Assert.True(VectorMath.Cosine(query, related) > VectorMath.Cosine(query, unrelated) + 0.2);
    }
}
