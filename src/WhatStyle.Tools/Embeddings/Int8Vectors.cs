using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace WhatStyle.Tools.Embeddings;

/// <summary>
/// Vectors as one scale and one signed byte per dimension, and their integer dot product: memory scans a large
/// conversation's vectors this way, four times less to read than floats and no norms to recompute per exchange.
/// </summary>
/// <remarks>
/// The codes are the ones the database stores (<c>VectorCodec</c>: the largest component is 127), so a vector read
/// from it and quantised again gets back exactly its stored codes. A query is quantised finer (up to 15 bits), so the
/// integer dot product is the stored vector's own up to the query's rounding.
/// </remarks>
internal static class Int8Vectors
{
    /// <summary>Largest query code for <paramref name="dimensions"/>: a sum of 127 × code over every dimension stays an int.</summary>
    public static short QueryRange(int dimensions) => (short)Math.Clamp(int.MaxValue / (128 * Math.Max(1, dimensions)), 1, 16_383);

    /// <summary>Writes <paramref name="vector"/>'s codes (the largest component is 127); returns the value of one step.</summary>
    public static float Quantise(ReadOnlySpan<float> vector, Span<sbyte> codes) => Quantise(vector, codes, 127);

    /// <summary>A query's codes as shorts for the multiply-add (the largest is <paramref name="range"/>); returns the value of one step.</summary>
    public static float Quantise(ReadOnlySpan<float> vector, Span<short> codes, short range)
    {
        var max = MaxAbs(vector);
        var scale = max > 0 ? max / range : 0f;
        for (var i = 0; i < vector.Length; i++)
        {
            codes[i] = scale > 0 ? (short)Math.Round(vector[i] / scale) : (short)0;
        }

        return scale;
    }

    /// <summary>Sum of <paramref name="query"/>[i] × <paramref name="codes"/>[i]; the spans have the same length.</summary>
    public static int Dot(ReadOnlySpan<short> query, ReadOnlySpan<sbyte> codes)
    {
        var i = 0;
        var sum = 0;
        if (Avx2.IsSupported && codes.Length >= 16)
        {
            // Sixteen bytes widened to shorts, multiplied by the query's shorts and added in pairs into ints (vpmaddwd).
            ref var c = ref MemoryMarshal.GetReference(codes);
            ref var q = ref MemoryMarshal.GetReference(query);
            var total = Vector256<int>.Zero;
            for (; i <= codes.Length - 16; i += 16)
            {
                var wide = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref c, (nuint)i));
                total = Avx2.Add(total, Avx2.MultiplyAddAdjacent(wide, Vector256.LoadUnsafe(ref q, (nuint)i)));
            }

            sum = Vector256.Sum(total);
        }

        return sum + DotScalar(query[i..], codes[i..]);
    }

    /// <summary>The same sum one by one: the rest after the SIMD blocks, and machines without AVX2.</summary>
    internal static int DotScalar(ReadOnlySpan<short> query, ReadOnlySpan<sbyte> codes)
    {
        var sum = 0;
        for (var i = 0; i < codes.Length; i++)
        {
            sum += query[i] * codes[i];
        }

        return sum;
    }

    private static float Quantise(ReadOnlySpan<float> vector, Span<sbyte> codes, int range)
    {
        var max = MaxAbs(vector);
        var scale = max > 0 ? max / range : 0f;
        for (var i = 0; i < vector.Length; i++)
        {
            codes[i] = scale > 0 ? (sbyte)Math.Clamp(Math.Round(vector[i] / scale), -range, range) : (sbyte)0;
        }

        return scale;
    }

    private static float MaxAbs(ReadOnlySpan<float> vector)
    {
        var max = 0f;
        foreach (var value in vector)
        {
            max = Math.Max(max, Math.Abs(value));
        }

        return max;
    }
}
