using System.Buffers.Binary;

namespace WhatStyle.Tools.Storage.LiteDb;

/// <summary>
/// Stores an embedding as one float scale plus one signed byte per dimension. For cosine ranking the rounding error
/// (under 0.4% of the largest component) does not change the order of results that differ meaningfully, and the
/// database stays four times smaller, which is most of what an import writes.
/// </summary>
internal static class VectorCodec
{
    public static byte[] Encode(ReadOnlySpan<float> vector)
    {
        var max = 0f;
        foreach (var value in vector)
        {
            max = Math.Max(max, Math.Abs(value));
        }

        var bytes = new byte[4 + vector.Length];
        var scale = max > 0 ? max / 127f : 0f;
        BinaryPrimitives.WriteSingleLittleEndian(bytes, scale);
        for (var i = 0; i < vector.Length; i++)
        {
            bytes[4 + i] = unchecked((byte)(sbyte)(scale > 0 ? Math.Round(vector[i] / scale) : 0));
        }

        return bytes;
    }

    public static float[] Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4)
        {
            return [];
        }

        var scale = BinaryPrimitives.ReadSingleLittleEndian(bytes);
        var vector = new float[bytes.Length - 4];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = unchecked((sbyte)bytes[4 + i]) * scale;
        }

        return vector;
    }
}
