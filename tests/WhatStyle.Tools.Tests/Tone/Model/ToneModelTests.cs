using WhatStyle.Tools.Tone;
using WhatStyle.Tools.Tone.Model;

namespace WhatStyle.Tools.Tests.Tone.Model;

public sealed class ToneModelTests
{
    [Fact]
    public void LoadEmbedded_ShippedModel_MatchesTheFeaturizerAndEnums()
    {
        var model = ToneModel.LoadEmbedded();

        Assert.Equal(ToneFeaturizer.Dimension, model.Emotion.Dimension);
        Assert.Equal(Enum.GetValues<Emotion>().Length, model.Emotion.Classes);
        Assert.Equal(Enum.GetValues<SentimentLabel>().Length, model.Sentiment.Classes);
    }

    [Fact]
    public void LoadEmbedded_LearnedWeights_PointTheRightWay()
    {
        var model = ToneModel.LoadEmbedded();

        // The lexicon's sadness slot should push towards sadness more than towards joy, and so on.
        Assert.True(model.Emotion.Weight((int)DenseFeature.LexSadness, (int)Emotion.Sadness) > model.Emotion.Weight((int)DenseFeature.LexSadness, (int)Emotion.Joy));
        Assert.True(model.Emotion.Weight((int)DenseFeature.LexLove, (int)Emotion.Love) > model.Emotion.Weight((int)DenseFeature.LexLove, (int)Emotion.Anger));
        Assert.True(model.Sentiment.Weight((int)DenseFeature.Positive, (int)SentimentLabel.Positive) > model.Sentiment.Weight((int)DenseFeature.Positive, (int)SentimentLabel.Negative));
    }

    [Fact]
    public void Predict_Probabilities_SumToOne()
    {
        var model = ToneModel.LoadEmbedded();
        var scanned = ToneComponents.Shared.Scanner.Scan("this is wonderful news, thank you!");
        var indices = new int[ToneFeaturizer.MaxFeatures(scanned)];
        var values = new float[indices.Length];
        var n = ToneFeaturizer.Featurize(scanned, indices, values);
        var probabilities = new float[8];

        model.Emotion.Predict(indices.AsSpan(0, n), values.AsSpan(0, n), probabilities);

        Assert.InRange(probabilities.Sum(), 0.999f, 1.001f);
        Assert.Equal(Emotion.Joy, (Emotion)Array.IndexOf(probabilities, probabilities.Max()));
    }

    [Fact]
    public void Featurize_SameText_GivesTheSameFeatures()
    {
        var scanner = ToneComponents.Shared.Scanner;
        var a = ToneFeaturizer.UnigramSlot("happy", negated: false);
        var b = ToneFeaturizer.UnigramSlot("happy", negated: true);

        Assert.NotEqual(a, b);
        Assert.InRange(a, (int)DenseFeature.Count, ToneFeaturizer.Dimension - 1);
        Assert.Equal(Featurize(scanner.Scan("not happy :(")), Featurize(scanner.Scan("not happy :(")));
    }

    [Fact]
    public void Softmax_LargeScores_DoNotOverflow()
    {
        float[] scores = [1000f, 999f, -1000f];

        LinearClassifier.Softmax(scores);

        Assert.All(scores, s => Assert.False(float.IsNaN(s)));
        Assert.InRange(scores.Sum(), 0.999f, 1.001f);
    }

    private static (int, float)[] Featurize(WhatStyle.Tools.Tone.Text.ScannedMessage scanned)
    {
        var indices = new int[ToneFeaturizer.MaxFeatures(scanned)];
        var values = new float[indices.Length];
        var n = ToneFeaturizer.Featurize(scanned, indices, values);
        return [.. indices.Take(n).Zip(values.Take(n))];
    }
}
