using WhatStyle.Tools.Embeddings;
using WhatStyle.Tools.Storage.LiteDb;

namespace WhatStyle.Tools.Tests.Embeddings;

public sealed class Int8VectorsTests
{
    [Theory]
    [InlineData(384)]
    [InlineData(37)]
    [InlineData(7)]
    public void Dot_RandomCodes_EqualsTheSumOneByOne(int dimensions)
    {
        var random = new Random(dimensions);
        var query = Enumerable.Range(0, dimensions).Select(_ => (short)random.Next(-16_383, 16_384)).ToArray();
        var codes = Enumerable.Range(0, dimensions).Select(_ => (sbyte)random.Next(-127, 128)).ToArray();

        var expected = 0L;
        for (var i = 0; i < dimensions; i++)
        {
            expected += query[i] * codes[i];
        }

        Assert.Equal(expected, Int8Vectors.Dot(query, codes));
    }

    [Fact]
    public void Quantise_VectorReadFromTheDatabase_GivesBackTheStoredCodes()
    {
        var vector = RandomUnitVector(new Random(3), 384);
        var stored = VectorCodec.Encode(vector);
        var codes = new sbyte[384];

        Int8Vectors.Quantise(VectorCodec.Decode(stored), codes);

        Assert.Equal(stored.AsSpan(4).ToArray(), codes.Select(c => unchecked((byte)c)).ToArray());
    }

    [Fact]
    public void QueryRange_ForTheModelsDimensions_CannotOverflowTheSum()
    {
        var range = Int8Vectors.QueryRange(384);

        Assert.True(384L * 128 * range <= int.MaxValue, $"384 × 128 × {range} must fit in an int");
        Assert.True(range >= 1_000, "the query keeps at least ten bits of precision");
    }

    internal static float[] RandomUnitVector(Random random, int dimensions)
    {
        var vector = new float[dimensions];
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] = (float)(random.NextDouble() - 0.5);
        }

        VectorMath.Normalize(vector);
        return vector;
    }
}
