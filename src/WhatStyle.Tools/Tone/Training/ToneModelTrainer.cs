using Microsoft.ML;
using Microsoft.ML.Data;
using WhatStyle.Tools.Tone.Evaluation;
using WhatStyle.Tools.Tone.Model;
using WhatStyle.Tools.Tone.Text;

namespace WhatStyle.Tools.Tone.Training;

/// <summary>Fits the learned half of the analyser on GoEmotions (train split; dev only for scores and choices).</summary>
/// <remarks>
/// Only GoEmotions may train the shipped model (see ../shared/data/README.md). ML.NET's L-BFGS maximum entropy
/// fits on our own feature vectors; the analyser later reads the weights back out of the saved files.
/// </remarks>
public sealed class ToneModelTrainer
{
    private readonly MessageScanner _scanner = ToneComponents.Shared.Scanner;

    /// <summary>Trains both classifiers from <paramref name="dataDirectory"/> (the folder holding goemotions/) into <paramref name="outputDirectory"/>.</summary>
    public ToneTrainingResult Train(
        string dataDirectory,
        string outputDirectory,
        ToneTrainingOptions? options = null,
        IProgress<ToneTrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(outputDirectory);
        options ??= new ToneTrainingOptions();
        var goEmotions = Path.Combine(dataDirectory, "goemotions");
        if (!Directory.Exists(Path.Combine(goEmotions, "original")))
        {
            throw new DirectoryNotFoundException($"GoEmotions not found under '{goEmotions}' (expected original/train.tsv and dev.tsv).");
        }

        progress?.Report(new ToneTrainingProgress("reading GoEmotions", 0.02));
        var train = GoEmotionsReader.Read(goEmotions, "train");
        var dev = GoEmotionsReader.Read(goEmotions, "dev");
        cancellationToken.ThrowIfCancellationRequested();

        progress?.Report(new ToneTrainingProgress("featurizing", 0.08));
        var features = train.Select(e => ToVector(_scanner.Scan(e.Text))).ToArray();
        var emotionRows = new List<TrainingRow>();
        var sentimentRows = new List<TrainingRow>();
        for (var k = 0; k < train.Count; k++)
        {
            foreach (var emotion in train[k].Emotions)
            {
                emotionRows.Add(new TrainingRow { Label = (int)emotion, Features = features[k] });
            }

            if (train[k].Sentiment is { } sentiment)
            {
                sentimentRows.Add(new TrainingRow { Label = (int)sentiment, Features = features[k] });
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        Directory.CreateDirectory(outputDirectory);
        var ml = new MLContext(seed: 1);
        progress?.Report(new ToneTrainingProgress("fitting emotion model", 0.15));
        var emotionPath = Path.Combine(outputDirectory, ToneModel.EmotionFileName);
        Fit(ml, emotionRows, Enum.GetValues<Emotion>().Length, options, emotionPath);
        cancellationToken.ThrowIfCancellationRequested();

        progress?.Report(new ToneTrainingProgress("fitting sentiment model", 0.6));
        var sentimentPath = Path.Combine(outputDirectory, ToneModel.SentimentFileName);
        Fit(ml, sentimentRows, Enum.GetValues<SentimentLabel>().Length, options, sentimentPath);

        // The analyser reads the weights files; they are written from the ML.NET files just saved, never on their own.
        ToneModel.LoadMlNet(outputDirectory).WriteWeights(outputDirectory);

        progress?.Report(new ToneTrainingProgress("scoring on dev", 0.95));
        var model = ToneModel.LoadFrom(outputDirectory);
        var (emotionF1, sentimentF1) = ScoreOnDev(model, dev);
        progress?.Report(new ToneTrainingProgress("done", 1.0));
        var bytes = new FileInfo(emotionPath).Length + new FileInfo(sentimentPath).Length
            + new FileInfo(Path.Combine(outputDirectory, ToneModel.EmotionWeightsFileName)).Length
            + new FileInfo(Path.Combine(outputDirectory, ToneModel.SentimentWeightsFileName)).Length;
        return new ToneTrainingResult(outputDirectory, emotionRows.Count, emotionF1, sentimentF1, bytes);
    }

    private static void Fit(MLContext ml, List<TrainingRow> rows, int classes, ToneTrainingOptions options, string path)
    {
        // Up-weight rare classes (GoEmotions is a third neutral) so macro-F1, not accuracy, is what improves.
        var counts = new int[classes];
        foreach (var row in rows)
        {
            counts[(int)row.Label]++;
        }

        foreach (var row in rows)
        {
            var balanced = rows.Count / (double)(classes * Math.Max(1, counts[(int)row.Label]));
            row.Weight = (float)Math.Pow(balanced, options.ClassBalance);
        }

        var schema = SchemaDefinition.Create(typeof(TrainingRow));
        schema[nameof(TrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, ToneFeaturizer.Dimension);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        // Every class id 0..n-1 becomes a key in value order, even one the data happens to lack, so class k of the
        // model is always enum value k.
        var allClasses = ml.Data.LoadFromEnumerable(Enumerable.Range(0, classes).Select(c => new ClassRow { Label = c }));
        var toKey = ml.Transforms.Conversion.MapValueToKey(
            nameof(TrainingRow.Label),
            keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue,
            keyData: allClasses);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new Microsoft.ML.Trainers.LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(TrainingRow.Label),
            FeatureColumnName = nameof(TrainingRow.Features),
            ExampleWeightColumnName = nameof(TrainingRow.Weight),
            L1Regularization = options.L1,
            L2Regularization = options.L2,
            MaximumNumberOfIterations = options.MaxIterations,
        });
        var model = toKey.Append(trainer).Fit(data);
        ml.Model.Save(model, data.Schema, path);
    }

    private (double Emotion, double Sentiment) ScoreOnDev(ToneModel model, IReadOnlyList<GoEmotionsExample> dev)
    {
        var emotion = new ConfusionCounter(Enum.GetValues<Emotion>().Length);
        var sentiment = new ConfusionCounter(Enum.GetValues<SentimentLabel>().Length);
        Span<float> probabilities = stackalloc float[8];
        foreach (var example in dev)
        {
            var scanned = _scanner.Scan(example.Text);
            var max = ToneFeaturizer.MaxFeatures(scanned);
            var indices = new int[max];
            var values = new float[max];
            var n = ToneFeaturizer.Featurize(scanned, indices, values);
            if (example.Emotions.Count == 1)
            {
                model.Emotion.Predict(indices.AsSpan(0, n), values.AsSpan(0, n), probabilities);
                emotion.Add((int)example.Emotions[0], ArgMax(probabilities[..model.Emotion.Classes]));
            }

            if (example.Sentiment is { } label)
            {
                model.Sentiment.Predict(indices.AsSpan(0, n), values.AsSpan(0, n), probabilities);
                sentiment.Add((int)label, ArgMax(probabilities[..model.Sentiment.Classes]));
            }
        }

        return (emotion.MacroF1(), sentiment.MacroF1());
    }

    private static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var k = 1; k < values.Length; k++)
        {
            if (values[k] > values[best])
            {
                best = k;
            }
        }

        return best;
    }

    /// <summary>Sparse vector with sorted, unique indices, as ML.NET requires.</summary>
    internal static VBuffer<float> ToVector(ScannedMessage scanned)
    {
        var max = ToneFeaturizer.MaxFeatures(scanned);
        var indices = new int[max];
        var values = new float[max];
        var n = ToneFeaturizer.Featurize(scanned, indices, values);
        Array.Sort(indices, values, 0, n);
        var unique = 0;
        for (var k = 0; k < n; k++)
        {
            if (unique > 0 && indices[unique - 1] == indices[k])
            {
                values[unique - 1] += values[k];
                continue;
            }

            indices[unique] = indices[k];
            values[unique++] = values[k];
        }

        return new VBuffer<float>(ToneFeaturizer.Dimension, unique, values[..unique], indices[..unique]);
    }

    private sealed class TrainingRow
    {
        /// <summary>The class id (enum value) as a float, which MapValueToKey orders by value.</summary>
        public float Label { get; set; }

        public VBuffer<float> Features { get; set; }

        public float Weight { get; set; }
    }

    private sealed class ClassRow
    {
        public float Label { get; set; }
    }
}
