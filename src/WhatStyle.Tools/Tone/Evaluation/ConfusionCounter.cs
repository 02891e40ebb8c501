namespace WhatStyle.Tools.Tone.Evaluation;

/// <summary>Counts (gold, predicted) pairs and derives accuracy, per-class F1 and macro-F1.</summary>
internal sealed class ConfusionCounter(int classes)
{
    private readonly int[,] _counts = new int[classes, classes];

    public int Classes { get; } = classes;

    public int Total { get; private set; }

    public void Add(int gold, int predicted)
    {
        _counts[gold, predicted]++;
        Total++;
    }

    public double Accuracy()
    {
        if (Total == 0)
        {
            return 0;
        }

        var correct = 0;
        for (var c = 0; c < Classes; c++)
        {
            correct += _counts[c, c];
        }

        return correct / (double)Total;
    }

    public double F1(int @class)
    {
        int truePositive = _counts[@class, @class], predicted = 0, gold = 0;
        for (var k = 0; k < Classes; k++)
        {
            predicted += _counts[k, @class];
            gold += _counts[@class, k];
        }

        return predicted + gold == 0 ? 0 : 2.0 * truePositive / (predicted + gold);
    }

    public double Precision(int @class)
    {
        var predicted = 0;
        for (var k = 0; k < Classes; k++)
        {
            predicted += _counts[k, @class];
        }

        return predicted == 0 ? 0 : _counts[@class, @class] / (double)predicted;
    }

    public double Recall(int @class)
    {
        var gold = 0;
        for (var k = 0; k < Classes; k++)
        {
            gold += _counts[@class, k];
        }

        return gold == 0 ? 0 : _counts[@class, @class] / (double)gold;
    }

    /// <summary>Mean precision, recall and F1 over the classes that occur in the gold labels.</summary>
    public (double Precision, double Recall, double F1) Macro()
    {
        double p = 0, r = 0, f = 0;
        var present = 0;
        for (var c = 0; c < Classes; c++)
        {
            if (GoldOf(c) > 0)
            {
                p += Precision(c);
                r += Recall(c);
                f += F1(c);
                present++;
            }
        }

        return present == 0 ? (0, 0, 0) : (p / present, r / present, f / present);
    }

    public int PredictedOf(int @class)
    {
        var predicted = 0;
        for (var k = 0; k < Classes; k++)
        {
            predicted += _counts[k, @class];
        }

        return predicted;
    }

    private int GoldOf(int @class)
    {
        var gold = 0;
        for (var k = 0; k < Classes; k++)
        {
            gold += _counts[@class, k];
        }

        return gold;
    }

    /// <summary>Mean F1 over the classes that occur in the gold labels.</summary>
    public double MacroF1()
    {
        double sum = 0;
        var present = 0;
        for (var c = 0; c < Classes; c++)
        {
            var gold = 0;
            for (var k = 0; k < Classes; k++)
            {
                gold += _counts[c, k];
            }

            if (gold > 0)
            {
                sum += F1(c);
                present++;
            }
        }

        return present == 0 ? 0 : sum / present;
    }
}
