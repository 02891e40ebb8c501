using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace WhatStyle.Tools.Tone.Model;

/// <summary>A multiclass linear model (softmax over class scores), read out of a trained ML.NET model.</summary>
/// <remarks>
/// ML.NET's PredictionEngine costs microseconds and allocations per call; scoring the same weights here is a few
/// hundred multiply-adds. Weights are stored feature-major so one feature's class weights sit side by side.
/// Immutable after construction, so one instance serves every thread.
/// </remarks>
internal sealed class LinearClassifier
{
    private readonly float[] _weights;
    private readonly float[] _biases;

    public LinearClassifier(int dimension, int classes, float[] weights, float[] biases)
    {
        if (weights.Length != dimension * classes || biases.Length != classes)
        {
            throw new ArgumentException("Weights do not match the dimension and class count.", nameof(weights));
        }

        Dimension = dimension;
        Classes = classes;
        _weights = weights;
        _biases = biases;
    }

    public int Dimension { get; }

    public int Classes { get; }

    public static LinearClassifier FromMlNet(MaximumEntropyModelParameters model)
    {
        VBuffer<float>[] perClass = [];
        model.GetWeights(ref perClass, out var classes);
        var dimension = perClass[0].Length;
        var weights = new float[dimension * classes];
        for (var c = 0; c < classes; c++)
        {
            var values = perClass[c].GetValues();
            var indices = perClass[c].GetIndices();
            for (var k = 0; k < values.Length; k++)
            {
                var index = perClass[c].IsDense ? k : indices[k];
                weights[(index * classes) + c] = values[k];
            }
        }

        return new LinearClassifier(dimension, classes, weights, [.. model.GetBiases()]);
    }

    /// <summary>The class biases, in class order.</summary>
    public ReadOnlySpan<float> Biases => _biases;

    /// <summary>One feature's weights, one per class.</summary>
    public ReadOnlySpan<float> Row(int feature) => _weights.AsSpan(feature * Classes, Classes);

    /// <summary>The weight one feature gives one class (for explaining a decision).</summary>
    public float Weight(int feature, int @class) => _weights[(feature * Classes) + @class];

    /// <summary>Writes class probabilities (softmax of the linear scores) into <paramref name="probabilities"/>.</summary>
    public void Predict(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<float> probabilities)
    {
        var classes = Classes;
        var scores = probabilities[..classes];
        _biases.CopyTo(scores);
        var weights = _weights.AsSpan();
        for (var k = 0; k < indices.Length; k++)
        {
            var row = weights.Slice(indices[k] * classes, classes);
            var value = values[k];
            for (var c = 0; c < classes; c++)
            {
                scores[c] += row[c] * value;
            }
        }

        Softmax(scores);
    }

    internal static void Softmax(Span<float> scores)
    {
        var max = float.NegativeInfinity;
        foreach (var s in scores)
        {
            max = Math.Max(max, s);
        }

        var sum = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }
    }
}
