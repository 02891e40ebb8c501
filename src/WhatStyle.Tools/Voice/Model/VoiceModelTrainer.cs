using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace WhatStyle.Tools.Voice.Model;

/// <summary>Fits the voice model's three heads with ML.NET (L-BFGS maximum entropy, weighted rows) and writes them to a folder.</summary>
internal static class VoiceModelTrainer
{
    /// <summary>Writes <see cref="VoiceModelFiles.All"/> into <paramref name="directory"/>.</summary>
    /// <param name="examples">Each example with its model input (the incoming message already read by the tone analyser).</param>
    public static void Train(IReadOnlyList<(VoiceInput Input, VoiceExample Example)> examples, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(examples);
        Directory.CreateDirectory(directory);
        var labelled = examples.Select(e => (e.Input, e.Example, Labels: VoiceLabels.Of(e.Example.Reply), Vector: VoiceFeaturizer.ToVector(e.Input))).ToList();
        cancellationToken.ThrowIfCancellationRequested();

        var ml = new MLContext(seed: 0);
        Fit(ml, labelled.SelectMany(e => VoiceTrainingRows.Length(e.Labels, e.Example.Kind).Select(r => Row(r, e.Vector))), 3, Path.Combine(directory, VoiceModelFiles.Length));
        cancellationToken.ThrowIfCancellationRequested();
        Fit(ml, labelled.Select(e => Row(VoiceTrainingRows.Emoji(e.Labels, e.Example.Kind), e.Vector)), 2, Path.Combine(directory, VoiceModelFiles.Emoji));
        cancellationToken.ThrowIfCancellationRequested();
        Fit(ml, labelled.Select(e => Row(VoiceTrainingRows.Formal(e.Labels, e.Example.Kind), e.Vector)), 2, Path.Combine(directory, VoiceModelFiles.Formal));
        var choice = EmojiChoice.Learn(labelled.Select(e => (e.Example, e.Labels)));
        File.WriteAllText(Path.Combine(directory, VoiceModelFiles.EmojiChoice), JsonSerializer.Serialize(choice));
    }

    private static TrainingRow Row((int Label, float Weight) row, VBuffer<float> features) => new() { Label = row.Label, Weight = row.Weight, Features = features };

    private static void Fit(MLContext ml, IEnumerable<TrainingRow> rows, int classes, string path)
    {
        var schema = SchemaDefinition.Create(typeof(TrainingRow));
        schema[nameof(TrainingRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, VoiceFeaturizer.Dimension);
        var data = ml.Data.LoadFromEnumerable(rows.ToList(), schema);
        // Every class becomes a key in value order even when the data lacks one (an owner who never sends emoji), so
        // class k of the model is always label k.
        var allClasses = ml.Data.LoadFromEnumerable(Enumerable.Range(0, classes).Select(c => new ClassRow { Label = c }));
        var toKey = ml.Transforms.Conversion.MapValueToKey(
            nameof(TrainingRow.Label),
            keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue,
            keyData: allClasses);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            LabelColumnName = nameof(TrainingRow.Label),
            FeatureColumnName = nameof(TrainingRow.Features),
            ExampleWeightColumnName = nameof(TrainingRow.Weight),
            // A little L2 keeps a contact with three messages from being predicted with certainty.
            L1Regularization = 0,
            L2Regularization = 0.1f,
            MaximumNumberOfIterations = 100,
        });
        var model = toKey.Append(trainer).Fit(data);
        ml.Model.Save(model, data.Schema, path);
    }

    private sealed class TrainingRow
    {
        public float Label { get; set; }

        public VBuffer<float> Features { get; set; }

        public float Weight { get; set; }
    }

    private sealed class ClassRow
    {
        public float Label { get; set; }
    }
}
