using WhatStyle.Tools.Embeddings;

namespace WhatStyle.Tools.Tests.Embeddings;

public sealed class VectorMathTests
{
    [Theory]
    [InlineData(384)] // whole SIMD blocks
    [InlineData(13)]  // a tail summed one by one
    [InlineData(3)]   // shorter than one block
    public void Cosine_AnyLength_MatchesTheDefinition(int length)
    {
        var random = new Random(length);
        var a = Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var b = Enumerable.Range(0, length).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < length; i++)
        {
            dot += a[i] * (double)b[i];
            na += a[i] * (double)a[i];
            nb += b[i] * (double)b[i];
        }

        Assert.Equal(dot / Math.Sqrt(na * nb), VectorMath.Cosine(a, b), 5);
        Assert.Equal(-1, VectorMath.Cosine(a, [.. a.Select(x => -x)]), 5);
    }

    [Fact]
    public void Cosine_ZeroOrMismatchedVectors_IsZero()
    {
        Assert.Equal(0, VectorMath.Cosine(new float[8], [1, 2, 3, 4, 5, 6, 7, 8]));
        Assert.Equal(0, VectorMath.Cosine([1, 2], [1, 2, 3]));
    }
}
