using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace WhatStyle.Tools.Tone.Model;

/// <summary>
/// A <see cref="LinearClassifier"/>'s weights as a small file of its own (<c>*.weights</c>): what the analyser needs
/// at run time, read without ML.NET.
/// </summary>
/// <remarks>
/// ML.NET's model file stays the trained artifact (<c>whatstyle train</c> writes both). Reading it costs a fresh
/// process most of its start-up: ML.NET's component catalogue and the JIT of its loaders, about half a second before
/// the first message, which is most of what a bulk <c>whatstyle analyze</c> run pays beyond the analysis itself.
/// Layout, gzip-compressed and little-endian: "WSLC", version, dimension, classes, the biases, the count of non-zero
/// feature rows, then each such row as its feature index and its class weights (the L1-trained models are sparse).
/// </remarks>
internal static class LinearClassifierFile
{
    private const int Version = 1;
    private static ReadOnlySpan<byte> Magic => "WSLC"u8;

    public static void Write(LinearClassifier classifier, Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(classifier.Dimension);
        writer.Write(classifier.Classes);
        foreach (var bias in classifier.Biases)
        {
            writer.Write(bias);
        }

        var rows = Enumerable.Range(0, classifier.Dimension).Where(f => classifier.Row(f).ContainsAnyExcept(0f)).ToList();
        writer.Write(rows.Count);
        foreach (var feature in rows)
        {
            writer.Write(feature);
            foreach (var weight in classifier.Row(feature))
            {
                writer.Write(weight);
            }
        }
    }

    /// <exception cref="InvalidDataException">The stream is not a weights file of this version, or is cut short.</exception>
    public static LinearClassifier Read(Stream stream)
    {
        // Inflated in one go and parsed from memory: a read call per float through the gzip stream took longer than the
        // ML.NET load it replaces.
        using var inflated = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true))
        {
            gzip.CopyTo(inflated);
        }

        var bytes = inflated.GetBuffer().AsSpan(0, (int)inflated.Length);
        var position = Magic.Length;
        if (!bytes.StartsWith(Magic) || NextInt(bytes, ref position) != Version)
        {
            throw new InvalidDataException("Not a WhatStyle weights file of version 1.");
        }

        var dimension = NextInt(bytes, ref position);
        var classes = NextInt(bytes, ref position);
        if (dimension is <= 0 or > 1 << 24 || classes is <= 0 or > 64)
        {
            throw new InvalidDataException($"A weights file with {dimension} features and {classes} classes is not plausible.");
        }

        var biases = new float[classes];
        NextFloats(bytes, ref position, biases);
        var weights = new float[dimension * classes];
        var rows = NextInt(bytes, ref position);
        for (var r = 0; r < rows; r++)
        {
            var feature = NextInt(bytes, ref position);
            if ((uint)feature >= (uint)dimension)
            {
                throw new InvalidDataException($"Feature {feature} is outside the model's {dimension} features.");
            }

            NextFloats(bytes, ref position, weights.AsSpan(feature * classes, classes));
        }

        return new LinearClassifier(dimension, classes, weights, biases);
    }

    private static int NextInt(ReadOnlySpan<byte> bytes, ref int position)
    {
        if (position + 4 > bytes.Length)
        {
            throw CutShort();
        }

        position += 4;
        return BinaryPrimitives.ReadInt32LittleEndian(bytes[(position - 4)..]);
    }

    private static void NextFloats(ReadOnlySpan<byte> bytes, ref int position, Span<float> into)
    {
        if (position + (4 * into.Length) > bytes.Length)
        {
            throw CutShort();
        }

        var floats = bytes.Slice(position, 4 * into.Length);
        position += floats.Length;
        if (BitConverter.IsLittleEndian)
        {
            // The file's byte order: one copy per row (a fresh process runs this loop-free code before the JIT optimises).
            MemoryMarshal.Cast<byte, float>(floats).CopyTo(into);
            return;
        }

        for (var i = 0; i < into.Length; i++)
        {
            into[i] = BinaryPrimitives.ReadSingleLittleEndian(floats[(4 * i)..]);
        }
    }

    private static InvalidDataException CutShort() => new("The weights file is cut short.");
}
