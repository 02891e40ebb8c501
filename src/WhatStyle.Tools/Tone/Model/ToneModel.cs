using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace WhatStyle.Tools.Tone.Model;

/// <summary>The learned part of the analyser: an emotion and a sentiment classifier over <see cref="ToneFeaturizer"/> vectors.</summary>
internal sealed class ToneModel
{
    public const string EmotionFileName = "emotion.zip";
    public const string SentimentFileName = "sentiment.zip";

    // What the analyser reads at run time: the same weights without ML.NET (see LinearClassifierFile for why).
    public const string EmotionWeightsFileName = "emotion.weights";
    public const string SentimentWeightsFileName = "sentiment.weights";

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

    /// <summary>The model shipped inside the library (its weights files; a test checks they match the ML.NET files).</summary>
    public static ToneModel LoadEmbedded()
    {
        using var emotion = EmbeddedText.OpenResource("Model." + EmotionWeightsFileName);
        using var sentiment = EmbeddedText.OpenResource("Model." + SentimentWeightsFileName);
        return FromWeights(emotion, sentiment);
    }

    /// <summary>A model written by <c>whatstyle train</c> into <paramref name="directory"/>: its weights files when both are there, else the ML.NET files.</summary>
    public static ToneModel LoadFrom(string directory)
    {
        var emotionWeights = Path.Combine(directory, EmotionWeightsFileName);
        var sentimentWeights = Path.Combine(directory, SentimentWeightsFileName);
        if (File.Exists(emotionWeights) && File.Exists(sentimentWeights))
        {
            using var emotion = File.OpenRead(emotionWeights);
            using var sentiment = File.OpenRead(sentimentWeights);
            return FromWeights(emotion, sentiment);
        }

        return LoadMlNet(directory);
    }

    private static ToneModel FromWeights(Stream emotion, Stream sentiment) =>
        new(LinearClassifierFile.Read(emotion), LinearClassifierFile.Read(sentiment));

    /// <summary>The model from ML.NET's files in <paramref name="directory"/>, whatever weights files lie beside them.</summary>
    public static ToneModel LoadMlNet(string directory)
    {
        using var emotion = File.OpenRead(Path.Combine(directory, EmotionFileName));
        using var sentiment = File.OpenRead(Path.Combine(directory, SentimentFileName));
        var ml = new MLContext(seed: 0);
        return new ToneModel(ReadClassifier(ml, emotion), ReadClassifier(ml, sentiment));
    }

    /// <summary>Writes the weights files of this model into <paramref name="directory"/>.</summary>
    public void WriteWeights(string directory)
    {
        using (var emotion = File.Create(Path.Combine(directory, EmotionWeightsFileName)))
        {
            LinearClassifierFile.Write(Emotion, emotion);
        }

        using var sentiment = File.Create(Path.Combine(directory, SentimentWeightsFileName));
        LinearClassifierFile.Write(Sentiment, sentiment);
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
