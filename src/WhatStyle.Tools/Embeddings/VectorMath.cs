using System.Numerics;
using System.Runtime.InteropServices;

namespace WhatStyle.Tools.Embeddings;

/// <summary>Small vector helpers for exact (brute-force) similarity search.</summary>
public static class VectorMath
{
    /// <summary>Scales <paramref name="vector"/> to unit length in place; a zero vector stays zero.</summary>
    public static void Normalize(Span<float> vector)
    {
        double sum = 0;
        foreach (var value in vector)
        {
            sum += value * value;
        }

        if (sum <= 0)
        {
            return;
        }

        var scale = (float)(1 / Math.Sqrt(sum));
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] *= scale;
        }
    }

    /// <summary>Cosine similarity; 0 when either vector is zero or the lengths differ.</summary>
    /// <remarks>
    /// SIMD (<see cref="Vector{T}"/>, float sums; the rest, if any, one by one): memory ranks every exchange of a
    /// conversation with it, 100,000 of them in the retrieval benchmark.
    /// </remarks>
    public static double Cosine(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            return 0;
        }

        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        var dots = Vector<float>.Zero;
        var squaresA = Vector<float>.Zero;
        var squaresB = Vector<float>.Zero;
        for (var i = 0; i < va.Length; i++)
        {
            dots += va[i] * vb[i];
            squaresA += va[i] * va[i];
            squaresB += vb[i] * vb[i];
        }

        double dot = Vector.Sum(dots), na = Vector.Sum(squaresA), nb = Vector.Sum(squaresB);
        for (var i = va.Length * Vector<float>.Count; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return na <= 0 || nb <= 0 ? 0 : dot / Math.Sqrt(na * nb);
    }
}
