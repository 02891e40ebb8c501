using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace WhatStyle.Tools.Tone.Model;

/// <summary>The learned part of the analyser: an emotion and a sentiment classifier over <see cref="ToneFeaturizer"/> vectors.</summary>
internal sealed class ToneModel
{
    public const string EmotionFileName = "emotion.zip";
    public const string SentimentFileName = "sentiment.zip";

    public ToneModel(LinearClassifier emotion, LinearClassifier sentiment)
    {
        if (emotion.Classes != Enum.GetValues<Emotion>().Length || sentiment.Classes != Enum.GetValues<SentimentLabel>().Length)
        {
            throw new InvalidDataException("The tone model's classes do not match the Emotion and SentimentLabel enums.");
        }

        if (emotion.Dimension != ToneFeaturizer.Dimension || sentiment.Dimension != ToneFeaturizer.Dimension)
        {
            throw new InvalidDataException(
                $"The tone model was trained with {emotion.Dimension} features but the featurizer makes {ToneFeaturizer.Dimension}; retrain with 'whatstyle train'.");
        }

        Emotion = emotion;
        Sentiment = sentiment;
    }

    /// <summary>Classes in <see cref="Tone.Emotion"/> order.</summary>
    public LinearClassifier Emotion { get; }

    /// <summary>Classes in <see cref="SentimentLabel"/> order.</summary>
    public LinearClassifier Sentiment { get; }

    /// <summary>The model shipped inside the library.</summary>
    public static ToneModel LoadEmbedded()
    {
        using var emotion = EmbeddedText.OpenResource("Model." + EmotionFileName);
        using var sentiment = EmbeddedText.OpenResource("Model." + SentimentFileName);
        return Load(emotion, sentiment);
    }

    /// <summary>A model written by <c>whatstyle train</c> into <paramref name="directory"/>.</summary>
    public static ToneModel LoadFrom(string directory)
    {
        using var emotion = File.OpenRead(Path.Combine(directory, EmotionFileName));
        using var sentiment = File.OpenRead(Path.Combine(directory, SentimentFileName));
        return Load(emotion, sentiment);
    }

    private static ToneModel Load(Stream emotion, Stream sentiment)
    {
        var ml = new MLContext(seed: 0);
        return new ToneModel(ReadClassifier(ml, emotion), ReadClassifier(ml, sentiment));
    }

    private static LinearClassifier ReadClassifier(MLContext ml, Stream stream)
    {
        var transformer = ml.Model.Load(stream, out _);
        if (transformer is TransformerChain<ITransformer> chain)
        {
            transformer = chain.LastTransformer;
        }

        return transformer is MulticlassPredictionTransformer<MaximumEntropyModelParameters> prediction
            ? LinearClassifier.FromMlNet(prediction.Model)
            : throw new InvalidDataException($"Expected a maximum-entropy classifier, found {transformer.GetType().Name}.");
    }
}
