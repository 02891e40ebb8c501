using WhatStyle.Tools.Tone.Model;

namespace WhatStyle.Tools.Tests.Tone.Model;

public sealed class LinearClassifierFileTests
{
    [Fact]
    public void ShippedWeights_AreTheShippedMlNetModelsWeights()
    {
        // The analyser reads the weights files; ML.NET's files are the trained model. A retrained zip committed without
        // its weights (or the other way round) fails here.
        var fromMlNet = ToneModel.LoadMlNet(Path.Combine(AppContext.BaseDirectory, "ShippedToneModel"));
        var shipped = ToneModel.LoadEmbedded();

        AssertSame(fromMlNet.Emotion, shipped.Emotion);
        AssertSame(fromMlNet.Sentiment, shipped.Sentiment);
    }

    [Fact]
    public void WriteThenRead_SparseWeights_ComeBackExactly()
    {
        var weights = new float[10 * 3];
        weights[(4 * 3) + 1] = -0.25f;
        weights[(9 * 3) + 2] = 1e-7f;
        var original = new LinearClassifier(10, 3, weights, [0.5f, -1f, 2f]);
        using var stream = new MemoryStream();

        LinearClassifierFile.Write(original, stream);
        stream.Position = 0;

        AssertSame(original, LinearClassifierFile.Read(stream));
    }

    [Fact]
    public void Read_CutShort_SaysSo()
    {
        using var full = new MemoryStream();
        LinearClassifierFile.Write(new LinearClassifier(4, 2, [1, 2, 3, 4, 5, 6, 7, 8], [0, 0]), full);
        using var cut = new MemoryStream(full.ToArray()[..(int)(full.Length / 2)]);

        Assert.Throws<InvalidDataException>(() => LinearClassifierFile.Read(cut));
    }

    [Fact]
    public void Read_NotAWeightsFile_SaysSo()
    {
        using var stream = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("PK\u0003\u0004 something else"u8);
        }

        stream.Position = 0;

        var error = Assert.Throws<InvalidDataException>(() => LinearClassifierFile.Read(stream));
        Assert.Contains("weights file", error.Message, StringComparison.Ordinal);
    }

    private static void AssertSame(LinearClassifier expected, LinearClassifier actual)
    {
        Assert.Equal(expected.Dimension, actual.Dimension);
        Assert.Equal(expected.Classes, actual.Classes);
        Assert.Equal(expected.Biases.ToArray(), actual.Biases.ToArray());
        for (var feature = 0; feature < expected.Dimension; feature++)
        {
            if (!expected.Row(feature).SequenceEqual(actual.Row(feature)))
            {
                Assert.Fail($"Feature {feature}: [{string.Join(", ", expected.Row(feature).ToArray())}] vs [{string.Join(", ", actual.Row(feature).ToArray())}].");
            }
        }
    }
}
