namespace WhatStyle.Tools.Tone.Semantic;

/// <summary>A small multinomial logistic classifier over a sentence embedding: one weight row and bias per label.</summary>
internal sealed class SoftmaxHead
{
    public SoftmaxHead(string[] labels, float[][] weights, float[] bias)
    {
        if (labels.Length < 2 || weights.Length != labels.Length || bias.Length != labels.Length || weights.Any(w => w.Length != SentenceEmbedder.Dimension))
        {
            throw new InvalidDataException($"A semantic head needs one {SentenceEmbedder.Dimension}-weight row and one bias per label.");
        }

        Labels = labels;
        Weights = weights;
        Bias = bias;
    }

    public string[] Labels { get; }

    public float[][] Weights { get; }

    public float[] Bias { get; }

    /// <summary>The probability of each label, in <see cref="Labels"/> order.</summary>
    public double[] Predict(ReadOnlySpan<float> embedding)
    {
        var scores = new double[Labels.Length];
        var max = double.MinValue;
        for (var c = 0; c < scores.Length; c++)
        {
            double s = Bias[c];
            var row = Weights[c];
            for (var d = 0; d < row.Length; d++)
            {
                s += row[d] * embedding[d];
            }

            scores[c] = s;
            max = Math.Max(max, s);
        }

        double sum = 0;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = Math.Exp(scores[c] - max);
            sum += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= sum;
        }

        return scores;
    }

    public double Probability(ReadOnlySpan<float> embedding, string label) => Predict(embedding)[Array.IndexOf(Labels, label)];

    /// <summary>
    /// Fits the head by full-batch gradient descent with Adam on the weighted cross-entropy plus an L2 penalty.
    /// Classes are re-weighted to balance them, so rare labels (a crisis) are not drowned by ordinary chat.
    /// </summary>
    public static SoftmaxHead Train(string[] labels, IReadOnlyList<float[]> x, IReadOnlyList<int> y, IReadOnlyList<double> weight, double l2 = 1e-3, int epochs = 400, double rate = 0.05)
    {
        var classes = labels.Length;
        var dim = SentenceEmbedder.Dimension;
        var counts = new double[classes];
        for (var i = 0; i < y.Count; i++)
        {
            counts[y[i]] += weight[i];
        }

        var total = counts.Sum();
        var classWeight = counts.Select(c => c > 0 ? total / (classes * c) : 0).ToArray();
        var w = new double[classes, dim + 1];
        var m = new double[classes, dim + 1];
        var v = new double[classes, dim + 1];
        var grad = new double[classes, dim + 1];
        var p = new double[classes];
        const double beta1 = 0.9, beta2 = 0.999, eps = 1e-8;
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            Array.Clear(grad);
            double norm = 0;
            for (var i = 0; i < x.Count; i++)
            {
                var xi = x[i];
                var max = double.MinValue;
                for (var c = 0; c < classes; c++)
                {
                    var s = w[c, dim];
                    for (var d = 0; d < dim; d++)
                    {
                        s += w[c, d] * xi[d];
                    }

                    p[c] = s;
                    max = Math.Max(max, s);
                }

                double sum = 0;
                for (var c = 0; c < classes; c++)
                {
                    p[c] = Math.Exp(p[c] - max);
                    sum += p[c];
                }

                var wi = weight[i] * classWeight[y[i]];
                norm += wi;
                for (var c = 0; c < classes; c++)
                {
                    var g = wi * ((p[c] / sum) - (c == y[i] ? 1 : 0));
                    for (var d = 0; d < dim; d++)
                    {
                        grad[c, d] += g * xi[d];
                    }

                    grad[c, dim] += g;
                }
            }

            for (var c = 0; c < classes; c++)
            {
                for (var d = 0; d <= dim; d++)
                {
                    var g = (grad[c, d] / norm) + (d < dim ? l2 * w[c, d] : 0);
                    m[c, d] = (beta1 * m[c, d]) + ((1 - beta1) * g);
                    v[c, d] = (beta2 * v[c, d]) + ((1 - beta2) * g * g);
                    var mHat = m[c, d] / (1 - Math.Pow(beta1, epoch));
                    var vHat = v[c, d] / (1 - Math.Pow(beta2, epoch));
                    w[c, d] -= rate * mHat / (Math.Sqrt(vHat) + eps);
                }
            }
        }

        var weights = new float[classes][];
        var bias = new float[classes];
        for (var c = 0; c < classes; c++)
        {
            weights[c] = new float[dim];
            for (var d = 0; d < dim; d++)
            {
                weights[c][d] = (float)w[c, d];
            }

            bias[c] = (float)w[c, dim];
        }

        return new SoftmaxHead(labels, weights, bias);
    }
}
